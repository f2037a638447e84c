package io.baocao.pipeline.tables;

import io.baocao.pipeline.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grids drawn with stroked lines (office suites) rather than thin filled boxes (browsers), on an upright
 * page and on a landscape page made by rotating a portrait one ({@code /Rotate 90}), with a header cell
 * merged across two columns (no line between them).
 */
class RuledTableTest {
    static final float[] XS = {60, 260, 360, 460, 560};
    static final float[] YS = {80, 100, 120, 140, 160};
    static final String[][] CELLS = {
        {"Chỉ tiêu", "Năm 2024", null, "Ghi chú"},
        {"", "Kế hoạch", "Ước thực hiện", ""},
        {"Tỷ lệ hộ nghèo", "0,15", "0,09", "Đạt"},
        {"Tỷ lệ lao động qua đào tạo", "83,50", "83,70", "Vượt"},
    };

    @TempDir
    Path dir;

    @Test
    void strokedGridOnAnUprightPage() throws IOException {
        assertTable(read(0));
    }

    @Test
    void strokedGridOnARotatedPage() throws IOException {
        assertTable(read(90));
    }

    @Test
    void theSameGridUnderATitleIsANewTable() throws IOException {
        List<Table> tables = read(0, "Biểu 02: số liệu của quận Ninh Kiều");
        assertEquals(2, tables.size());
        assertTable(tables.subList(0, 1));
        assertEquals(List.of("Chỉ tiêu", "Năm 2024 > Kế hoạch", "Năm 2024 > Ước thực hiện", "Ghi chú"), tables.get(1).columns());
        assertEquals(2, tables.get(1).rows().size());
    }

    @Test
    void theSameGridRightBelowIsTheSameTable() throws IOException {
        List<Table> tables = read(0, "");
        assertEquals(1, tables.size());
        assertEquals(4, tables.get(0).rows().size());
        assertEquals(2, tables.get(0).regions().size());
    }

    private static void assertTable(List<Table> tables) {
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(List.of("Chỉ tiêu", "Năm 2024 > Kế hoạch", "Năm 2024 > Ước thực hiện", "Ghi chú"), t.columns());
        assertEquals(List.of(List.of("Tỷ lệ hộ nghèo", "0,15", "0,09", "Đạt"), List.of("Tỷ lệ lao động qua đào tạo", "83,50", "83,70", "Vượt")),
                t.rows().stream().map(Row::cells).toList());
        assertEquals(List.of(new Region(1, YS[0], YS[YS.length - 1])), t.regions().stream()
                .map(r -> new Region(r.page(), Math.round(r.top()), Math.round(r.bottom()))).toList());
    }

    private List<Table> read(int rotation) throws IOException {
        return read(rotation, null);
    }

    /** With a {@code title}, the grid is printed a second time below it (empty title: right below). */
    private List<Table> read(int rotation, String title) throws IOException {
        Path[] fonts = IndicatorTablePdf.dejaVu();
        Assumptions.assumeTrue(fonts != null, "no DejaVu fonts (apt-get install fonts-dejavu-core)");
        Path file = dir.resolve("ruled-" + rotation + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            // landscape as printed; a rotated page is portrait in its own space and turned for display
            float width = PDRectangle.A4.getHeight();
            float height = PDRectangle.A4.getWidth();
            PDPage page = rotation == 0 ? new PDPage(new PDRectangle(width, height)) : new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, fonts[0].toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (rotation == 90) {
                    cs.transform(new Matrix(0, 1, -1, 0, height, 0));
                }
                grid(cs, font, height, 0);
                if (title != null) {
                    if (!title.isEmpty()) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(XS[0], height - 200);
                        cs.showText(title);
                        cs.endText();
                    }
                    grid(cs, font, height, 130);
                }
            }
            doc.save(file.toFile());
        }
        return Corpus.tables(file);
    }

    /** The grid and its text, {@code down} points lower than drawn in {@link #YS}. */
    private static void grid(PDPageContentStream cs, PDType0Font font, float height, float down) throws IOException {
        cs.setLineWidth(0.8f);
        for (float y : YS) {
            cs.moveTo(XS[0], height - down - y);
            cs.lineTo(XS[XS.length - 1], height - down - y);
        }
        for (int i = 0; i < XS.length; i++) {
            // no line between the two columns under "Năm 2024" in the first row
            float from = i == 2 ? YS[1] : YS[0];
            cs.moveTo(XS[i], height - down - from);
            cs.lineTo(XS[i], height - down - YS[YS.length - 1]);
        }
        cs.stroke();
        for (int r = 0; r < CELLS.length; r++) {
            for (int c = 0; c < CELLS[r].length; c++) {
                if (CELLS[r][c] != null && !CELLS[r][c].isEmpty()) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(XS[c] + 3, height - down - (YS[r] + 14));
                    cs.showText(CELLS[r][c]);
                    cs.endText();
                }
            }
        }
    }
}
