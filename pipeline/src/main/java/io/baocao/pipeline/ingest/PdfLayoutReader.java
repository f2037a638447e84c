package io.baocao.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import io.baocao.pipeline.tables.PdfTableReader;
import io.baocao.pipeline.tables.Table;

/**
 * Reads a PDF with PDFBox, keeping what plain text loses: the page of every line, its position and font
 * size, bold runs, and superscripts. A superscript number glued to a word is a footnote anchor and is
 * taken out of the text ({@code HĐND1} → {@code HĐND}); after {@code m} or {@code km} it is an exponent
 * ({@code m2}). Content order is kept as written ({@code sortByPosition=false}), which keeps table rows
 * whole.
 */
public final class PdfLayoutReader implements SourceReader {

    @Override
    public SourceText read(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return read(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted PDF: it needs a user password to open", e);
        }
    }

    public SourceText read(PDDocument doc) throws IOException {
        AnnotationText.inline(doc);
        LineStripper stripper = new LineStripper();
        stripper.setSortByPosition(false);
        stripper.setSuppressDuplicateOverlappingText(true);
        stripper.getText(doc);
        List<Table> tables;
        try {
            tables = new PdfTableReader().read(doc);
        } catch (IOException | RuntimeException e) {
            // a table the geometry cannot make out is still read as text: nothing is lost
            tables = List.of();
        }
        return new SourceText(stripper.lines, doc.getNumberOfPages(), "pdf", tables);
    }

    /** A glyph with the geometry the line decisions need. */
    private record Glyph(String text, float x, float y, float width, float size, boolean bold) {
    }

    private static final class LineStripper extends PDFTextStripper {
        final List<TextLine> lines = new ArrayList<>();
        private final List<Glyph> current = new ArrayList<>();
        private final FontWeight weights = new FontWeight();
        private float pageWidth;
        private float pageHeight;

        LineStripper() throws IOException {
            super();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            int rotation = page.getRotation();
            boolean turned = rotation == 90 || rotation == 270;
            pageWidth = turned ? box.getHeight() : box.getWidth();
            pageHeight = turned ? box.getWidth() : box.getHeight();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                current.add(new Glyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(),
                        isBold(p.getFont())));
            }
        }

        @Override
        protected void writeWordSeparator() {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                current.add(new Glyph(" ", last.x + last.width, last.y, 0, last.size, last.bold));
            }
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private boolean isBold(PDFont font) {
            return weights.isBold(font);
        }

        private void flush() {
            if (current.isEmpty()) {
                return;
            }
            List<Glyph> glyphs = new ArrayList<>(current);
            current.clear();
            float lineSize = modeSize(glyphs);
            float baseline = baseline(glyphs, lineSize);
            StringBuilder text = new StringBuilder();
            List<Integer> anchors = new ArrayList<>();
            int footnoteNumber = 0;
            int boldChars = 0;
            int letters = 0;
            int i = 0;
            while (i < glyphs.size()) {
                Glyph g = glyphs.get(i);
                if (isSuperscript(g, lineSize, baseline) && Character.isDigit(g.text.charAt(0))) {
                    int j = i;
                    StringBuilder digits = new StringBuilder();
                    while (j < glyphs.size() && isSuperscript(glyphs.get(j), lineSize, baseline)
                            && Character.isDigit(glyphs.get(j).text.charAt(0))) {
                        digits.append(glyphs.get(j).text);
                        j++;
                    }
                    String before = text.toString();
                    if (before.strip().isEmpty()) {
                        // a footnote's own number at the start of its line
                        footnoteNumber = parse(digits.toString());
                    } else if (before.endsWith("m") && (digits.toString().equals("2") || digits.toString().equals("3"))) {
                        text.append(digits);
                    } else {
                        anchors.add(parse(digits.toString()));
                    }
                    i = j;
                    continue;
                }
                text.append(g.text);
                if (Character.isLetter(g.text.charAt(0))) {
                    letters++;
                    if (g.bold) {
                        boldChars++;
                    }
                }
                i++;
            }
            String t = text.toString().replace('\u00A0', ' ');
            if (t.isBlank()) {
                return;
            }
            Glyph first = glyphs.get(0);
            Glyph last = glyphs.get(glyphs.size() - 1);
            for (Glyph g : glyphs) {
                if (!g.text.isBlank()) {
                    first = g;
                    break;
                }
            }
            float width = last.x + last.width - first.x;
            lines.add(new TextLine(getCurrentPageNo(), t.strip(), first.x, baseline, width, lineSize, lineSize,
                    letters > 0 && boldChars * 10 >= letters * 6, anchors, footnoteNumber, false, null, pageWidth,
                    pageHeight));
        }

        private static boolean isSuperscript(Glyph g, float lineSize, float baseline) {
            return g.size < lineSize * 0.88f && g.y < baseline - lineSize * 0.12f;
        }

        private static int parse(String digits) {
            try {
                return Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static float modeSize(List<Glyph> glyphs) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (Glyph g : glyphs) {
                if (!g.text.isBlank()) {
                    counts.merge(Math.round(g.size * 2), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
        }

        private static float baseline(List<Glyph> glyphs, float lineSize) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (Glyph g : glyphs) {
                if (!g.text.isBlank() && g.size >= lineSize * 0.88f) {
                    counts.merge(Math.round(g.y * 2), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                    .orElse(glyphs.get(0).y);
        }
    }
}
