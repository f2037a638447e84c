package io.baocao.pipeline.read.ocr;

import io.baocao.pipeline.read.OcrConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.pdf.PdfLayoutReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Which pages are sent to OCR: decided from the text layer's lines and what the page draws, with no OCR
 * run (these tests need no Tesseract).
 */
class PageOcrTest {
    private static final Path REPORT = Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf");

    /** Page 2 of a corpus report rendered to a picture, drawn over the whole page: a scanned page. */
    private static PDPage scannedPage(PDDocument doc) throws IOException {
        BufferedImage picture;
        try (PDDocument source = Loader.loadPDF(REPORT.toFile())) {
            picture = new PDFRenderer(source).renderImageWithDPI(1, 50, ImageType.GRAY);
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject image = JPEGFactory.createFromImage(doc, picture);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
        return page;
    }

    private static List<TextLine> lines(String text) {
        List<TextLine> out = new ArrayList<>();
        float y = 60;
        for (String t : text.split("\n")) {
            out.add(new TextLine(1, t, 60, y += 14, 300, 12, 12, false, List.of(), 0, false, null, 595, 842));
        }
        return out;
    }

    /** The text layer of the report's page 2, as an OCR layer made by a good OCR program would give it. */
    private static List<TextLine> realText() throws IOException {
        return new PdfLayoutReader(io.baocao.pipeline.read.ReadConfig.DEFAULT.withOcr(OcrConfig.OFF)).read(REPORT).lines().stream()
                .filter(l -> l.page() == 2).toList();
    }

    @Test
    void aScannedPageWithoutTextIsOcrd() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertTrue(PageOcr.needsOcr(scannedPage(doc), List.of()));
        }
    }

    @Test
    void aBlankPageIsNot() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage blank = new PDPage(PDRectangle.A4);
            doc.addPage(blank);
            assertFalse(PageOcr.needsOcr(blank, List.of()));
        }
    }

    @Test
    void aScanWithABrokenOcrLayerIsOcrd() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertTrue(PageOcr.needsOcr(scannedPage(doc), lines(PageTextQualityTest.BROKEN_OCR_LAYER)));
        }
    }

    @Test
    void aScanWithAGoodOcrLayerIsNot() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertFalse(PageOcr.needsOcr(scannedPage(doc), realText()));
        }
    }

    @Test
    void aScanWithOnlyAPortalStampIsOcrd() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertTrue(PageOcr.needsOcr(scannedPage(doc),
                    lines("Cổng Thông tin điện tử Chính phủ\nThời gian ký: 23.03.2022 08:55:12 +07:00")));
        }
    }

    /** Garbled text without a scan under it is a legacy font, converted by its own reader, not OCR'd. */
    @Test
    void garbledTextWithoutAnImageIsNot() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            assertFalse(PageOcr.needsOcr(page, lines(PageTextQualityTest.TCVN3)));
        }
    }

    /**
     * No page of the corpus is sent to OCR: read with a Tesseract that does not exist, a page that
     * needed OCR would be listed as unread.
     */
    @Test
    void noCorpusPageNeedsOcr() throws IOException {
        OcrConfig missing = OcrConfig.DEFAULT.withCommand("tesseract-not-installed-baocao-test");
        try (Stream<Path> files = Files.list(Corpus.corpus())) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                SourceText text = new PdfLayoutReader(io.baocao.pipeline.read.ReadConfig.DEFAULT.withOcr(missing)).read(pdf);
                assertEquals(List.of(), text.ocr().unread(), pdf.getFileName().toString());
                assertEquals(List.of(), text.ocr().pages(), pdf.getFileName().toString());
            }
        }
    }
}
