package io.baocao.pipeline.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an indicator table the way report generators do: every cell a separately positioned text
 * show, no ruling lines, figures right-aligned, a two-row header (one label centred over two columns)
 * printed again on every page, a title above and a legend below. A row that does not fit at the
 * bottom of a page is broken: its remaining lines follow the header on the next page, first cell empty.
 */
final class IndicatorTablePdf {
    static final float SIZE = 9;
    static final float LEADING = 11;
    static final float PADDING = 3;
    static final float PAGE_BOTTOM = 545;

    /** Left edge and width of each column; figures are right-aligned in theirs. */
    static final float[] X = {40, 275, 335, 420, 505, 590, 672};
    static final float[] W = {230, 55, 80, 80, 80, 70, 130};
    static final boolean[] RIGHT = {false, false, true, true, true, true, false};

    /** Where each data row started (page) and how many rows were broken across a page. */
    record Layout(List<Integer> rowPages, int brokenRows, int pages) {
    }

    private final PDFont regular;
    private final PDFont bold;
    private final PDDocument doc;
    private PDPageContentStream out;
    private float y;
    private int page;

    private IndicatorTablePdf(PDDocument doc, PDFont regular, PDFont bold) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
    }

    /** A TrueType font with Vietnamese glyphs, regular and bold, or null if none is installed. */
    static Path[] dejaVu() throws IOException {
        for (Path dir : List.of(Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Path regular = find(dir, "DejaVuSans.ttf");
            Path bold = find(dir, "DejaVuSans-Bold.ttf");
            if (regular != null && bold != null) {
                return new Path[] {regular, bold};
            }
        }
        return null;
    }

    private static Path find(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
        }
    }

    static Layout write(Path file, Path[] fonts, List<List<String>> rows) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            IndicatorTablePdf pdf = new IndicatorTablePdf(doc, PDType0Font.load(doc, fonts[0].toFile()), PDType0Font.load(doc, fonts[1].toFile()));
            Layout layout = pdf.table(rows);
            doc.save(file.toFile());
            return layout;
        }
    }

    private Layout table(List<List<String>> rows) throws IOException {
        newPage();
        centred(bold, 13, "PHỤ LỤC", 421, 45);
        centred(bold, 11, "SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024", 421, 62);
        centred(regular, 10, "(Kèm theo Báo cáo số 99/BC-UBND ngày 20 tháng 12 năm 2024)", 421, 76);
        y = 92;
        header();
        List<Integer> rowPages = new ArrayList<>();
        int broken = 0;
        for (List<String> row : rows) {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < row.size(); c++) {
                lines.add(wrap(row.get(c), W[c] - 4));
                height = Math.max(height, lines.get(c).size());
            }
            int room = (int) Math.floor((PAGE_BOTTOM - y - 2 * PADDING) / LEADING);
            if (height > room) {
                if (room >= 1 && lines.get(0).size() <= room) {
                    // broken row: what fits here, the rest after the header on the next page
                    rowPages.add(page);
                    cells(lines, 0, room, room);
                    newPage();
                    y = 50;
                    header();
                    cells(lines, room, height, height - room);
                    broken++;
                    continue;
                }
                newPage();
                y = 50;
                header();
            }
            rowPages.add(page);
            cells(lines, 0, height, height);
        }
        text(bold, 10, "Ghi chú:", 40, y + 20);
        text(regular, 10, "(*) Tỷ lệ so với kế hoạch năm 2024 của Hội đồng nhân dân tỉnh.", 40, y + 34);
        out.close();
        return new Layout(rowPages, broken, page);
    }

    private void header() throws IOException {
        float b = y + PADDING + SIZE;
        text(bold, SIZE, "Chỉ tiêu", X[0] + 2, b);
        text(bold, SIZE, "ĐVT", X[1] + 2, b);
        centred(bold, SIZE, "Năm 2023", X[2] + W[2] / 2, b);
        centred(bold, SIZE, "Năm 2024", (X[3] + X[4] + W[4]) / 2, b);
        centred(bold, SIZE, "So sánh", X[5] + W[5] / 2, b);
        text(bold, SIZE, "Ghi chú", X[6] + 2, b);
        b += 2 * PADDING + LEADING;
        centred(bold, SIZE, "Thực hiện", X[2] + W[2] / 2, b);
        centred(bold, SIZE, "Kế hoạch", X[3] + W[3] / 2, b);
        centred(bold, SIZE, "Ước thực hiện", X[4] + W[4] / 2, b);
        centred(bold, SIZE, "Ước/KH (%)", X[5] + W[5] / 2, b);
        y += 2 * (2 * PADDING + LEADING);
    }

    /** Lines {@code from}..{@code to} of each cell, as one row {@code height} lines high. */
    private void cells(List<List<String>> lines, int from, int to, int height) throws IOException {
        for (int c = 0; c < lines.size(); c++) {
            List<String> cell = lines.get(c);
            for (int i = from; i < Math.min(to, cell.size()); i++) {
                float b = y + PADDING + SIZE + (i - from) * LEADING;
                String t = cell.get(i);
                float x = RIGHT[c] ? X[c] + W[c] - 2 - width(regular, SIZE, t) : X[c] + 2;
                text(regular, SIZE, t, x, b);
            }
        }
        y += height * LEADING + 2 * PADDING;
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(regular, SIZE, candidate) > width) {
                lines.add(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        lines.add(line);
        return lines;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        doc.addPage(p);
        out = new PDPageContentStream(doc, p);
        page++;
        if (page > 1) {
            centred(regular, 10, String.valueOf(page), 421, 28);
        }
    }

    private void centred(PDFont font, float size, String t, float center, float baseline) throws IOException {
        text(font, size, t, center - width(font, size, t) / 2, baseline);
    }

    /** One text show at a position given from the page top, as a generator places a text box. */
    private void text(PDFont font, float size, String t, float x, float baselineFromTop) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, PDRectangle.A4.getWidth() - baselineFromTop);
        out.showText(t);
        out.endText();
    }

    private static float width(PDFont font, float size, String t) throws IOException {
        return font.getStringWidth(t) / 1000 * size;
    }
}
