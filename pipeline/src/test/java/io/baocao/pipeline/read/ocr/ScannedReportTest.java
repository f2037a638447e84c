package io.baocao.pipeline.read.ocr;

import io.baocao.pipeline.read.OcrConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.cli.Baocao;
import io.baocao.pipeline.eval.Evaluation;
import io.baocao.pipeline.eval.Scorer;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.pdf.PdfLayoutReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned copy of a corpus report, made here as a scanner would: pages of
 * {@code cantho-2024-h1-bao-cao.pdf} rendered to 200-dpi grey images, JPEG-compressed, and reassembled into
 * a PDF with no text layer. Read through the pipeline, its figures must match the report's gold on those
 * pages with F1 ≥ 0.90, every record saying {@code ocr: true}. Skipped, saying so, when Tesseract or its
 * Vietnamese model is not installed ({@code .ci/run} installs them).
 */
class ScannedReportTest {
    private static final String DOC = "cantho-2024-h1-bao-cao";
    /** Three pages of prose and footnotes with 88 figures: money, areas, counts, ranges, a/b. */
    private static final int[] PAGES = {3, 4, 5};

    @TempDir
    static Path dir;
    static Path scan;
    /** Page 4 alone (body text and footnotes), for the geometry of OCR'd lines. */
    static Path page4;

    @BeforeAll
    static void scanTheReport() throws IOException {
        // the document id is the file name, so the scan is named as the report it copies
        scan = scan(Files.createDirectories(dir.resolve("scanned")).resolve(DOC + ".pdf"), PAGES);
        page4 = scan(dir.resolve("page-4.pdf"), new int[] {4});
    }

    private static Path scan(Path out, int[] pages) throws IOException {
        try (PDDocument source = Loader.loadPDF(Corpus.file(DOC + ".pdf").toFile());
             PDDocument copy = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p : pages) {
                BufferedImage grey = renderer.renderImageWithDPI(p - 1, 200, ImageType.GRAY);
                PDRectangle box = source.getPage(p - 1).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                copy.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(copy, grey, 0.85f, 200);
                try (PDPageContentStream cs = new PDPageContentStream(copy, page)) {
                    cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            copy.save(out.toFile());
        }
        return out;
    }

    private static void assumeTesseract() {
        String why = new TesseractEngine(OcrConfig.DEFAULT).unavailable();
        assumeTrue(why == null, "OCR test skipped: " + why);
    }

    @Test
    void theScanHasNoTextLayer() throws IOException {
        SourceText text = new PdfLayoutReader(io.baocao.pipeline.read.ReadConfig.DEFAULT.withOcr(OcrConfig.OFF)).read(scan);
        assertTrue(text.lines().isEmpty(), "the scan must be images only, got " + text.lines().size() + " lines");
        assertEquals(List.of(1, 2, 3), text.ocr().unread());
    }

    @Test
    void figuresOfTheScanMatchTheGoldOfThosePages() throws IOException {
        assumeTesseract();
        Pipeline.Result result = new Pipeline(Limits.DEFAULT, OcrConfig.DEFAULT).process(scan);
        assertEquals(List.of(1, 2, 3), result.ocr().pages(), "every page is read by OCR");
        assertTrue(result.ocr().milliseconds() > 0);
        List<JsonNode> output = new ArrayList<>();
        for (Record r : result.records()) {
            if (r instanceof FigureRecord) {
                assertEquals(Boolean.TRUE, r.ocr, "a figure read by OCR says so: " + RecordJson.line(r));
                ObjectNode json = RecordJson.tree(r);
                // page k of the scan is page PAGES[k - 1] of the report
                json.put("page", PAGES[r.page - 1]);
                output.add(json);
            }
        }
        List<JsonNode> gold = new ArrayList<>();
        for (JsonNode g : Evaluation.readGold(Corpus.gold().resolve(DOC + ".jsonl"))) {
            if ("figure".equals(g.path("type").asText()) && contains(PAGES, g.path("page").asInt())) {
                gold.add(g);
            }
        }
        Scorer.Counts figures = new Scorer().score(DOC, gold, output).types.get("figure");
        System.out.printf("scanned %s pages %s: figures tp %d, fp %d, fn %d, F1 %.3f; OCR %d pages in %.1f s%n",
                DOC, java.util.Arrays.toString(PAGES), figures.tp, figures.fp, figures.fn, figures.f1(),
                result.ocr().pages().size(), result.ocr().milliseconds() / 1000.0);
        assertTrue(gold.size() > 80, "gold of those pages: " + gold.size());
        assertTrue(figures.f1() >= 0.90, "figures F1 " + figures.f1() + " (tp " + figures.tp + ", fp " + figures.fp
                + ", fn " + figures.fn + ")");
    }

    /**
     * OCR'd lines sit where the text layer's lines were (baseline and left edge within 3 pt), and their
     * font sizes, estimated from Tesseract's line heights, keep the proportions of the original: footnotes
     * stay as much smaller than the body as they were, so they are still told apart. (The text layer's
     * own sizes are not physical here, since the report's pages were scaled when it was made: only the
     * proportions can be compared.)
     */
    @Test
    void ocrdLinesKeepThePlaceAndProportionsOfTheOriginal() throws IOException {
        assumeTesseract();
        List<TextLine> original = new PdfLayoutReader(io.baocao.pipeline.read.ReadConfig.DEFAULT.withOcr(OcrConfig.OFF)).read(Corpus.file(DOC + ".pdf")).lines();
        List<TextLine> ocrd = new PdfLayoutReader(io.baocao.pipeline.read.ReadConfig.DEFAULT.withOcr(OcrConfig.DEFAULT)).read(page4).lines();
        List<Float> bodyRatios = new ArrayList<>();
        List<Float> smallRatios = new ArrayList<>();
        // page 4 has more footnote text than body text: the body is the larger of its two sizes
        float body = (float) original.stream().filter(l -> l.page() == 4 && l.text().length() > 20)
                .mapToDouble(TextLine::fontSize).max().orElseThrow();
        int placed = 0;
        for (TextLine o : ocrd) {
            TextLine nearest = null;
            for (TextLine l : original) {
                if (l.page() == 4 && Math.abs(l.y() - o.y()) <= 3 && Math.abs(l.x() - o.x()) <= 3
                        && (nearest == null || Math.abs(l.y() - o.y()) < Math.abs(nearest.y() - o.y()))) {
                    nearest = l;
                }
            }
            if (nearest == null) {
                continue;
            }
            placed++;
            if (nearest.fontSize() >= body * 0.95f) {
                bodyRatios.add(o.fontSize() / nearest.fontSize());
            } else if (nearest.fontSize() <= body * 0.86f) {
                smallRatios.add(o.fontSize() / nearest.fontSize());
            }
        }
        assertTrue(placed >= ocrd.size() * 0.9, placed + " of " + ocrd.size() + " OCR'd lines where the text layer has one");
        assertTrue(bodyRatios.size() > 12 && smallRatios.size() > 12, bodyRatios.size() + " body, " + smallRatios.size() + " small");
        float b = median(bodyRatios);
        float s = median(smallRatios);
        assertTrue(Math.abs(s - b) <= b * 0.12f, "size ratio OCR/text layer: body " + b + ", footnotes " + s);
    }

    private static float median(List<Float> xs) {
        List<Float> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Through {@code baocao ingest}, as a user runs it (the file read in a worker process): the report
     * gives the pages read by OCR and the seconds spent, the summary line says it; {@code --no-ocr} makes
     * the scan fail, saying why.
     */
    @Test
    void theIngestReportShowsPagesOcrdAndSeconds() throws IOException {
        assumeTesseract();
        Path report = dir.resolve("ingest-report.json");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int exit;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            exit = Baocao.run("ingest", page4.toString(), "--index", dir.resolve("index").toString(), "--report",
                    report.toString());
        } finally {
            System.setOut(stdout);
        }
        String line = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, exit, line);
        assertTrue(line.matches("(?s)ingested 1 file\\(s\\), skipped 0, failed 0: 1 pages \\(1 read by OCR in \\d+\\.\\d s\\), \\d+ records.*"),
                line);
        JsonNode file = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
        assertEquals(1, file.get("ocrPages").asInt(), file.toString());
        assertTrue(file.get("ocrSeconds").asDouble() > 0, file.toString());
        assertTrue(file.get("records").asInt() > 10, file.toString());

        Path offReport = dir.resolve("no-ocr-report.json");
        assertEquals(3, Baocao.run("ingest", page4.toString(), "--no-ocr", "--index", dir.resolve("index-no-ocr").toString(),
                "--report", offReport.toString()));
        JsonNode failed = new ObjectMapper().readTree(offReport.toFile()).get("files").get(0);
        assertTrue(failed.get("reason").asText().startsWith(
                "no text layer: 1 page(s) of images only (a scan?), and OCR is off (--no-ocr)"), failed.toString());
    }

    @Test
    void withOcrOffTheScanFailsSayingSo() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new Pipeline(Limits.DEFAULT, OcrConfig.OFF).process(scan));
        assertTrue(e.getMessage().startsWith("no text layer: 3 page(s) of images only (a scan?), and OCR is off (--no-ocr)"),
                e.getMessage());
    }

    @Test
    void withoutTesseractTheScanFailsSayingWhatToInstall() {
        OcrConfig missing = OcrConfig.DEFAULT.withCommand("tesseract-not-installed-baocao-test");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new Pipeline(Limits.DEFAULT, missing).process(scan));
        assertTrue(e.getMessage().startsWith("no text layer: 3 page(s) of images only (a scan?), and tesseract is not installed"),
                e.getMessage());
        assertTrue(e.getMessage().contains("install tesseract-ocr tesseract-ocr-vie"), e.getMessage());
    }

    private static boolean contains(int[] pages, int page) {
        for (int p : pages) {
            if (p == page) {
                return true;
            }
        }
        return false;
    }
}
