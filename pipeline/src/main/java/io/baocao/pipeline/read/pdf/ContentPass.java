package io.baocao.pipeline.read.pdf;

import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.tables.Glyph;
import io.baocao.pipeline.tables.LayoutTables;
import io.baocao.pipeline.tables.Table;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;

/**
 * One interpretation of each page's content stream, feeding everything the reader needs: the printed
 * lines in content order (which keeps table rows whole), the glyphs in position order for the table
 * geometry, and the ruling lines the path operators draw. Interpreting a page is most of the cost of
 * reading a PDF; doing it once instead of three times (lines, table glyphs, ruling lines) is what makes
 * ingest keep up with plain text extraction.
 *
 * <p>Lines keep what plain text loses: the page of every line, its position and font size, bold runs,
 * and superscripts. A superscript number glued to a word is a footnote anchor and is taken out of the
 * text ({@code HĐND1} → {@code HĐND}); after {@code m} or {@code km} it is an exponent ({@code m2}).
 */
final class ContentPass extends PDFTextStripper {
    final List<TextLine> lines = new ArrayList<>();
    private final List<LineGlyph> current = new ArrayList<>();
    private final FontWeight weights = new FontWeight();
    private final RulingPaths paths = new RulingPaths();
    private final LayoutTables tables;
    /** Set when the table geometry failed on a page: the text is still read, nothing is lost. */
    private boolean tablesFailed;
    /** Pages whose content stream was interpreted: one interpretation a page is the point of this class. */
    int pagesInterpreted;
    private float pageWidth;
    private float pageHeight;
    private final long maxChars;
    private long chars;

    ContentPass(long maxChars, boolean tableRulings) {
        super();
        this.maxChars = maxChars;
        this.tables = new LayoutTables(tableRulings);
        setSortByPosition(false);
        // overlapping duplicates (fake bold) would double letters
        setSuppressDuplicateOverlappingText(true);
        PathOperators.register(this, this::addOperator, paths);
        // ruling lines in white separate nothing: the colour operators keep the colours known
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** The tables of the pages read; none if their geometry could not be made out. */
    List<Table> tables() {
        if (tablesFailed) {
            return List.of();
        }
        try {
            return tables.tables();
        } catch (RuntimeException e) {
            // a table the geometry cannot make out is still read as text: nothing is lost
            return List.of();
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = page.getRotation();
        boolean turned = rotation == 90 || rotation == 270;
        pageWidth = turned ? box.getHeight() : box.getWidth();
        pageHeight = turned ? box.getWidth() : box.getHeight();
        paths.startPage(box, rotation);
        pagesInterpreted++;
        super.startPage(page);
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : byPosition(article)) {
                Glyph g = tableGlyph(p);
                if (g != null) {
                    glyphs.add(g);
                }
            }
        }
        if (!tablesFailed) {
            try {
                tables.page(getCurrentPageNo(), glyphs, paths.rulings(), pageHeight);
            } catch (RuntimeException e) {
                tablesFailed = true;
            }
        }
        super.writePage();
    }

    /**
     * The glyphs as PDFTextStripper orders them with {@code sortByPosition}: top to bottom, left to right,
     * spaces printed inside another glyph dropped.
     */
    private static List<TextPosition> byPosition(List<TextPosition> article) {
        List<TextPosition> sorted = new ArrayList<>(article);
        TextPositionComparator order = new TextPositionComparator();
        try {
            sorted.sort(order);
        } catch (IllegalArgumentException e) {
            // the comparator's tolerance is not transitive on some pages; PDFBox falls back the same way
            IterativeMergeSort.sort(sorted, order);
        }
        Iterator<TextPosition> it = sorted.iterator();
        if (it.hasNext()) {
            TextPosition previous = it.next();
            while (it.hasNext()) {
                TextPosition p = it.next();
                if (" ".equals(p.getUnicode()) && previous.completelyContains(p)) {
                    it.remove();
                } else {
                    previous = p;
                }
            }
        }
        return sorted;
    }

    /** A glyph for the table geometry: cells compare text, so it is normalised here. */
    private Glyph tableGlyph(TextPosition p) {
        String u = p.getUnicode();
        if (u == null || u.isEmpty()) {
            return null;
        }
        // diacritics merged by the stripper arrive decomposed; ligatures as presentation forms
        String t = Normalizer.normalize(u, Normalizer.Form.NFC);
        if (t.codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        }
        float size = p.getFontSizeInPt();
        if (size <= 0) {
            size = p.getHeightDir() / 0.7f;
        }
        return new Glyph(t, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size, weights.isBold(p.getFont()));
    }

    /** A glyph with the geometry the line decisions need. */
    private record LineGlyph(String text, float x, float y, float width, float size, boolean bold) {
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            current.add(new LineGlyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(),
                    isBold(p.getFont())));
        }
    }

    @Override
    protected void writeWordSeparator() {
        if (!current.isEmpty()) {
            LineGlyph last = current.get(current.size() - 1);
            current.add(new LineGlyph(" ", last.x + last.width, last.y, 0, last.size, last.bold));
        }
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        flush();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flush();
        super.endPage(page);
    }

    private void count(int n) throws UnreadableFileException {
        chars += n;
        if (chars > maxChars) {
            throw new UnreadableFileException("more than " + maxChars + " characters of text (limit --max-chars)");
        }
    }

    private boolean isBold(PDFont font) {
        return weights.isBold(font);
    }

    private void flush() throws UnreadableFileException {
        if (current.isEmpty()) {
            return;
        }
        count(current.size());
        List<LineGlyph> glyphs = new ArrayList<>(current);
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
            LineGlyph g = glyphs.get(i);
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
        LineGlyph first = glyphs.get(0);
        LineGlyph last = glyphs.get(glyphs.size() - 1);
        for (LineGlyph g : glyphs) {
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

    private static boolean isSuperscript(LineGlyph g, float lineSize, float baseline) {
        return g.size < lineSize * 0.88f && g.y < baseline - lineSize * 0.12f;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static float modeSize(List<LineGlyph> glyphs) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (LineGlyph g : glyphs) {
            if (!g.text.isBlank()) {
                counts.merge(Math.round(g.size * 2), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
    }

    private static float baseline(List<LineGlyph> glyphs, float lineSize) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (LineGlyph g : glyphs) {
            if (!g.text.isBlank() && g.size >= lineSize * 0.88f) {
                counts.merge(Math.round(g.y * 2), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                .orElse(glyphs.get(0).y);
    }
}

