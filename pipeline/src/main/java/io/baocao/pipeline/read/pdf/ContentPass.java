package io.baocao.pipeline.read.pdf;

import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.text.LegacyFontText;
import io.baocao.pipeline.read.text.LegacyPages;
import io.baocao.pipeline.tables.Glyph;
import io.baocao.pipeline.tables.LayoutTables;
import io.baocao.pipeline.tables.Table;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Set;
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
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
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
    /** The page's lines as glyphs, and those drawn by its annotations, until the page ends. */
    private final List<List<LineGlyph>> pageLines = new ArrayList<>();
    private final List<List<LineGlyph>> annotationLines = new ArrayList<>();
    private final Set<TextPosition> annotationGlyphs = Collections.newSetFromMap(new IdentityHashMap<>());
    private final FontWeight weights = new FontWeight();
    private final LegacyFontText legacy = new LegacyFontText();
    /** The pages whose text was converted from a legacy font or repaired, for the reader's note. */
    final LegacyPages legacyPages = new LegacyPages();
    /** Letters a font's ToUnicode map gives as spaces, read from the embedded font's own cmap. */
    private final EmbeddedCmap cmap = new EmbeddedCmap();
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
        drawAnnotations();
        List<Glyph> glyphs = new ArrayList<>();
        List<String> fonts = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : byPosition(article)) {
                Glyph g = tableGlyph(p);
                if (g != null) {
                    glyphs.add(g);
                    fonts.add(fontName(p));
                }
            }
        }
        glyphs = tableGlyphsToUnicode(glyphs, fonts);
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
     * E-signed reports often carry their own number and date ({@code Số: 123/QĐ-UBND}, {@code ngày 07})
     * only in the appearance of a signature widget or a stamp, which the page content never draws. Each
     * visible annotation's appearance is interpreted here, after the page's content, so that its glyphs
     * are known as an annotation's and can be put where they are printed ({@link #endOfPage}).
     */
    private void drawAnnotations() {
        List<PDAnnotation> annotations;
        try {
            annotations = getCurrentPage().getAnnotations();
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (annotations.isEmpty()) {
            return;
        }
        List<TextPosition> before = new ArrayList<>();
        getCharactersByArticle().forEach(before::addAll);
        Set<TextPosition> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(before);
        for (PDAnnotation a : annotations) {
            if (a instanceof PDAnnotationLink || a instanceof PDAnnotationPopup || a.isHidden() || a.isNoView()) {
                continue;
            }
            try {
                showAnnotation(a);
            } catch (IOException | RuntimeException e) {
                // an annotation that cannot be drawn leaves the page as it was: its own text is still read
            }
        }
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                if (!known.contains(p)) {
                    annotationGlyphs.add(p);
                }
            }
        }
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
        String recovered = cmap.letter(p);
        String u = recovered != null ? recovered : p.getUnicode();
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

    /**
     * Text printed in a legacy font (TCVN3 {@code .VnTime}, {@code VNI-Times}) made Unicode, per run of
     * glyphs in that font or per line by statistics, and broken mappings ({@code ƣ}, detached marks)
     * repaired; the pages where it happened are noted.
     */
    private List<LineGlyph> toUnicode(List<LineGlyph> glyphs) {
        LegacyFontText.Line line = legacy.line(glyphs.stream().map(LineGlyph::text).toList(),
                glyphs.stream().map(LineGlyph::font).toList());
        legacyPages.record(getCurrentPageNo(), line);
        if (line.converted() == null && !line.repaired()) {
            return glyphs;
        }
        List<LineGlyph> out = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            LineGlyph g = glyphs.get(i);
            String t = line.glyphs().get(i);
            if (!t.isEmpty()) {
                out.add(new LineGlyph(t, g.x, g.y, g.width, g.size, g.bold, g.annotation, g.font));
            }
        }
        return out;
    }

    /** The table glyphs of a page made Unicode as the lines are (not noted again). */
    private List<Glyph> tableGlyphsToUnicode(List<Glyph> glyphs, List<String> fonts) {
        LegacyFontText.Line line = legacy.line(glyphs.stream().map(Glyph::text).toList(), fonts);
        if (line.converted() == null && !line.repaired()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            String t = line.glyphs().get(i);
            if (!t.isEmpty()) {
                out.add(new Glyph(t, g.x(), g.baseline(), g.width(), g.fontSize(), g.bold()));
            }
        }
        return out;
    }

    private static String fontName(TextPosition p) {
        return p.getFont() == null ? null : p.getFont().getName();
    }

    /** A glyph with the geometry the line decisions need. */
    private record LineGlyph(String text, float x, float y, float width, float size, boolean bold, boolean annotation,
                             String font) {
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (cmap.letter(text) == null) {
            super.processTextPosition(text);
            return;
        }
        // a letter its ToUnicode map gives as a space is not a duplicate of the space beside it
        setSuppressDuplicateOverlappingText(false);
        super.processTextPosition(text);
        setSuppressDuplicateOverlappingText(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            String recovered = cmap.letter(p);
            if (recovered != null) {
                u = recovered;
                legacyPages.recordRepair(getCurrentPageNo());
            }
            if (u == null || u.isEmpty()) {
                continue;
            }
            current.add(new LineGlyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(),
                    isBold(p.getFont()), annotationGlyphs.contains(p), fontName(p)));
        }
    }

    @Override
    protected void writeWordSeparator() {
        if (!current.isEmpty()) {
            LineGlyph last = current.get(current.size() - 1);
            current.add(new LineGlyph(" ", last.x + last.width, last.y, 0, last.size, last.bold, last.annotation, last.font));
        }
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        flush();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flush();
        endOfPage();
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

    /** The line printed so far is complete: kept until the page ends, when annotations are merged in. */
    private void flush() throws UnreadableFileException {
        if (current.isEmpty()) {
            return;
        }
        count(current.size());
        List<LineGlyph> glyphs = new ArrayList<>(current);
        current.clear();
        if (glyphs.stream().allMatch(LineGlyph::annotation)) {
            annotationLines.add(glyphs);
        } else {
            pageLines.add(glyphs);
        }
    }

    /**
     * The page's lines, with the text of annotations put where it is printed. An e-signed letter's
     * number and day are drawn by the signing software in a widget over the gap the typist left
     * ({@code Số:      /CCQLĐĐ-ĐĐBĐ}, {@code ngày    tháng    năm 2020}): each word of such a widget goes
     * into the line it sits on, at its place. Annotation text on no line of the page (a stamp, a
     * signature box) becomes a line of its own, before the first line printed below it.
     */
    private void endOfPage() {
        for (List<LineGlyph> a : annotationLines) {
            List<LineGlyph> unplaced = new ArrayList<>();
            for (List<LineGlyph> word : words(a)) {
                List<LineGlyph> host = hostLine(word);
                if (host != null) {
                    insertWord(host, word);
                } else {
                    if (!unplaced.isEmpty()) {
                        LineGlyph last = unplaced.get(unplaced.size() - 1);
                        unplaced.add(new LineGlyph(" ", last.x + last.width, last.y, 0, last.size, last.bold, true, last.font));
                    }
                    unplaced.addAll(word);
                }
            }
            if (!unplaced.isEmpty()) {
                float y = unplaced.get(0).y;
                int at = pageLines.size();
                for (int i = 0; i < pageLines.size(); i++) {
                    if (pageLines.get(i).get(0).y > y) {
                        at = i;
                        break;
                    }
                }
                pageLines.add(at, unplaced);
            }
        }
        for (List<LineGlyph> glyphs : pageLines) {
            addLine(glyphs);
        }
        pageLines.clear();
        annotationLines.clear();
        annotationGlyphs.clear();
    }

    /** The words of a line: runs of glyphs between blanks. */
    private static List<List<LineGlyph>> words(List<LineGlyph> line) {
        List<List<LineGlyph>> words = new ArrayList<>();
        List<LineGlyph> word = new ArrayList<>();
        for (LineGlyph g : line) {
            if (g.text.isBlank()) {
                if (!word.isEmpty()) {
                    words.add(word);
                    word = new ArrayList<>();
                }
            } else {
                word.add(g);
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    /** The body line a word of an annotation sits on: the same baseline, within the line's extent. */
    private List<LineGlyph> hostLine(List<LineGlyph> word) {
        float size = modeSize(word);
        float base = baseline(word, size);
        float left = word.get(0).x;
        LineGlyph end = word.get(word.size() - 1);
        float right = end.x + end.width;
        List<LineGlyph> best = null;
        float bestDistance = Float.MAX_VALUE;
        for (List<LineGlyph> line : pageLines) {
            float lineSize = modeSize(line);
            float d = Math.abs(baseline(line, lineSize) - base);
            float from = line.get(0).x - lineSize;
            LineGlyph last = line.get(line.size() - 1);
            float to = last.x + last.width + lineSize;
            if (d <= 0.4f * Math.max(size, lineSize) && d < bestDistance && left >= from && right <= to) {
                best = line;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The word goes before the first glyph of the line printed to its right, set off by spaces. */
    private static void insertWord(List<LineGlyph> line, List<LineGlyph> word) {
        LineGlyph first = word.get(0);
        int at = line.size();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).x > first.x) {
                at = i;
                break;
            }
        }
        List<LineGlyph> insert = new ArrayList<>();
        if (at > 0 && !line.get(at - 1).text.isBlank()) {
            insert.add(new LineGlyph(" ", first.x, first.y, 0, first.size, first.bold, true, first.font));
        }
        insert.addAll(word);
        if (at < line.size() && !line.get(at).text.isBlank()) {
            LineGlyph last = word.get(word.size() - 1);
            insert.add(new LineGlyph(" ", last.x + last.width, last.y, 0, last.size, last.bold, true, last.font));
        }
        line.addAll(at, insert);
    }

    private void addLine(List<LineGlyph> given) {
        // legacy fonts (TCVN3, VNI) and broken mappings, per line
        List<LineGlyph> glyphs = toUnicode(given);
        if (glyphs.isEmpty()) {
            return;
        }
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

