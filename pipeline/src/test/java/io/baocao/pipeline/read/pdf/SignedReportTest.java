package io.baocao.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.model.DocumentRecord;
import io.baocao.pipeline.Pipeline;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-signed report whose number and date exist only in the appearance of its signature widget, as
 * the signing software of provincial offices draws them: they are read all the same.
 */
class SignedReportTest {
    @TempDir
    Path dir;

    /** A line of text to print: its size and where (PDF points from the bottom left). */
    private record Printed(float size, float x, float y, String text) {
    }

    @Test
    void numberAndDateDrawnInASignatureWidgetAreRead() throws Exception {
        Path pdf = signedPdf("quyet-dinh-ky-so.pdf",
                List.of(new Printed(13, 250, 640, "QUYẾT ĐỊNH"),
                        new Printed(13, 90, 610, "Về việc giao chỉ tiêu kế hoạch năm 2024"),
                        new Printed(13, 90, 570, "Giao chỉ tiêu giải ngân 1.250 tỷ đồng, đạt 95% kế hoạch vốn.")),
                new PDRectangle(80, 700, 300, 60),
                List.of(new Printed(12, 5, 40, "Số: 123/QĐ-UBND"), new Printed(12, 5, 15, "Cần Thơ, ngày 05 tháng 3 năm 2024")));
        List<DocumentRecord> docs = new Pipeline().process(pdf).records().stream()
                .filter(DocumentRecord.class::isInstance).map(DocumentRecord.class::cast).toList();
        assertEquals(1, docs.size());
        assertEquals("Quyết định", docs.get(0).kind);
        assertEquals("123/QĐ-UBND", docs.get(0).number);
        assertEquals("2024-03-05", docs.get(0).issued);
        assertEquals("Cần Thơ", docs.get(0).place);
    }

    /**
     * The signing software of provincial offices draws the number and the day over the gaps the typist
     * left in the header lines ({@code Số:      /CCQLĐĐ-ĐĐBĐ}, {@code ngày    tháng 07 năm 2020}): each
     * word goes into the line it is printed on, at its place, not into a line of its own.
     */
    @Test
    void numberAndDayDrawnOverGapsGoIntoTheirLines() throws Exception {
        Path pdf = signedPdf("cong-van-ky-so.pdf",
                List.of(new Printed(12, 90, 720, "Số:"), new Printed(12, 160, 720, "/CCQLĐĐ-ĐĐBĐ"),
                        new Printed(12, 300, 720, "Bình Định, ngày"), new Printed(12, 420, 720, "tháng 07 năm 2020"),
                        new Printed(13, 90, 650, "Chi cục Quản lý đất đai nhận được hồ sơ xin giao đất.")),
                new PDRectangle(90, 715, 330, 20),
                List.of(new Printed(12, 22, 5, "791"), new Printed(12, 305, 5, "07")));
        List<String> lines = new PdfLayoutReader().read(pdf).lines().stream()
                .map(l -> l.text().replaceAll("\\s+", " ")).toList();
        assertEquals("Số: 791 /CCQLĐĐ-ĐĐBĐ Bình Định, ngày 07 tháng 07 năm 2020", lines.get(0));
        assertEquals(2, lines.size(), "no line of the widget's own: " + lines);
    }

    /** A one-page PDF: the page's text, and a signature widget over {@code rect} whose appearance prints {@code signed}. */
    private Path signedPdf(String name, List<Printed> page, PDRectangle rect, List<Printed> signed) throws Exception {
        File font = dejaVu();
        Assumptions.assumeTrue(font != null, "no DejaVu fonts (apt-get install fonts-dejavu-core)");
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            PDType0Font f = PDType0Font.load(doc, font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                for (Printed t : page) {
                    text(cs, f, t.size(), t.x(), t.y(), t.text());
                }
            }
            PDAppearanceStream ap = new PDAppearanceStream(doc);
            ap.setBBox(new PDRectangle(0, 0, rect.getWidth(), rect.getHeight()));
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), f);
            ap.setResources(res);
            try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
                for (Printed t : signed) {
                    text(cs, f, t.size(), t.x(), t.y(), t.text());
                }
            }
            PDAnnotationWidget widget = new PDAnnotationWidget();
            widget.setRectangle(rect);
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(ap);
            widget.setAppearance(appearance);
            widget.setPage(p);
            p.getAnnotations().add(widget);
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void text(PDPageContentStream cs, PDType0Font f, float size, float x, float y, String s) throws Exception {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static File dejaVu() throws Exception {
        Path root = Path.of("/usr/share/fonts");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("DejaVuSans.ttf")).findFirst().map(Path::toFile).orElse(null);
        }
    }
}
