package io.baocao.pipeline.structure;

import io.baocao.pipeline.read.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from printed lines: hard line wraps are re-joined, a word or code broken after a
 * hyphen is glued back ({@code 12/NQ-} + {@code HĐND}), a sentence cut by a page break or a footnote
 * block runs on, and a new paragraph starts where the layout says so (indent, list label, a change of
 * weight or case, a gap) unless the text plainly continues (no closing punctuation, next line lower case).
 */
public final class ParagraphBuilder {
    static final Pattern LABEL = Pattern.compile(
            "^(?:(?:Phụ lục|PHỤ LỤC)\\s+[IVXLC\\d]+|Điều\\s+\\d+|[IVXLC]{1,6}\\.|[A-ZĐ]\\.|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?"
            + "|[a-zđ]\\)|\\(\\d{1,2}\\)|\\d{1,2}\\)|[-+•*–])(?=\\s|$)");
    private static final Pattern CODE_BROKEN = Pattern.compile("\\d+(?:/\\d{4})?[/-][A-ZĐ][A-ZĐa-z]*-\\s*$");
    private static final Pattern CODE_RESUMED = Pattern.compile("^[A-ZĐ]{1,6}\\d*(?![\\p{L}])");
    private static final Pattern BARE_LABEL = Pattern.compile("^\\s*(?:Phụ lục|PHỤ LỤC)(?:\\s+[IVXLC\\d]+)?\\s*$");
    private static final Pattern CLOSED = Pattern.compile(".*[.;:!?…]\\s*[”\"»)]?$");

    private ParagraphBuilder() {
    }

    public static List<Block> build(List<TextLine> lines) {
        float margin = leftMargin(lines);
        List<Block> out = new ArrayList<>();
        List<Block> pendingFootnotes = new ArrayList<>();
        Block body = null;
        TextLine prevBody = null;
        Block footnote = null;
        for (TextLine l : lines) {
            if (l.isFootnote()) {
                if (l.footnote() > 0 || footnote == null) {
                    footnote = new Block(Block.Kind.FOOTNOTE);
                    footnote.footnoteNumber = Math.max(0, l.footnote());
                    pendingFootnotes.add(footnote);
                    footnote.append(l.text(), l.page());
                } else {
                    join(footnote, l);
                }
                continue;
            }
            footnote = null;
            if (body != null && l.page() != prevBody.page() && !pendingFootnotes.isEmpty()
                    && startsNew(prevBody, l, margin)) {
                out.add(body);
                body = null;
            }
            if (body == null || startsNew(prevBody, l, margin)) {
                if (body != null) {
                    out.add(body);
                }
                flushFootnotes(out, pendingFootnotes);
                body = open(l);
            } else {
                join(body, l);
                body.bold &= l.bold();
                body.allCaps &= isAllCaps(l.text());
            }
            prevBody = l;
            if (l.cells() != null) {
                out.add(body);
                body = null;
            }
        }
        if (body != null) {
            out.add(body);
        }
        flushFootnotes(out, pendingFootnotes);
        for (Block b : out) {
            classify(b);
        }
        return out;
    }

    private static void flushFootnotes(List<Block> out, List<Block> pending) {
        out.addAll(pending);
        pending.clear();
    }

    private static Block open(TextLine l) {
        Block b = new Block(l.cells() != null ? Block.Kind.TABLE_ROW : Block.Kind.PARAGRAPH);
        b.bold = l.bold();
        b.allCaps = isAllCaps(l.text());
        b.x = l.x();
        b.y = l.y();
        b.cells = l.cells();
        b.append(l.text(), l.page());
        return b;
    }

    private static void join(Block b, TextLine l) {
        String t = b.text.toString();
        String next = l.text();
        boolean hyphenGlue = t.endsWith("-") && t.length() >= 2 && Character.isLetterOrDigit(t.charAt(t.length() - 2))
                && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0));
        if (!hyphenGlue && !t.isEmpty() && !t.endsWith(" ")) {
            b.append(" ", l.page());
        }
        b.append(next, l.page());
    }

    /** Whether {@code line} opens a new paragraph after {@code prev}. */
    static boolean startsNew(TextLine prev, TextLine line, float margin) {
        if (prev == null || line.cells() != null || prev.cells() != null) {
            return true;
        }
        if (CODE_BROKEN.matcher(prev.text()).find() && CODE_RESUMED.matcher(line.text()).find()) {
            // a số ký hiệu cut after its hyphen, even by a page or paragraph break ("57/NQ-" | "CP ngày …")
            return false;
        }
        if (line.blockStart()) {
            return true;
        }
        String p = prev.text();
        String t = line.text();
        if (BARE_LABEL.matcher(p).matches()) {
            // "Phụ lục III" on a line of its own heads what follows; it does not run into its title
            return true;
        }
        boolean open = !CLOSED.matcher(p).matches();
        boolean labelled = LABEL.matcher(t).find();
        // a code or word broken after its hyphen ("57/NQ-" | "CP ngày …") always runs on
        if (p.endsWith("-") && p.length() > 1 && Character.isLetterOrDigit(p.charAt(p.length() - 2))
                && !t.isEmpty() && Character.isLetterOrDigit(t.charAt(0)) && !labelled) {
            return false;
        }
        boolean prevCapsLine = isAllCaps(p);
        if (prev.bold() && line.bold() && prevCapsLine && isAllCaps(t) && !labelled && line.page() == prev.page()) {
            // a heading in capitals printed over two lines
            return false;
        }
        if (labelled && (prev.bold() != line.bold() || prevCapsLine)) {
            // "a) Giáo dục …" under the heading "4. Về một số lĩnh vực xã hội"
            return true;
        }
        boolean lowerStart = startsLower(labelled ? t.replaceFirst("^\\S+\\s+", "") : t);
        boolean continues = open && lowerStart;
        boolean prevCaps = isAllCaps(p);
        boolean caps = isAllCaps(t);
        if (prevCaps != caps && (prev.bold() || line.bold() || prevCaps && p.length() < 40 || caps && letters(t) >= 8)) {
            return !(continues && !caps);
        }
        if (prev.bold() != line.bold()) {
            return !continues;
        }
        if (line.pageHeight() > 0 && line.page() == prev.page()) {
            float gap = line.y() - prev.y();
            if (gap > Math.max(prev.height(), line.height()) * 2.4f) {
                return !continues;
            }
        }
        boolean indented = line.pageWidth() > 0 && line.x() > margin + Math.max(6f, line.fontSize() * 0.8f);
        if (LABEL.matcher(t).find()) {
            return indented || !open;
        }
        if (indented) {
            return !continues;
        }
        return false;
    }

    private static boolean startsLower(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static int letters(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isAllCaps(String t) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper == letters;
    }

    /** The x most body lines start at: the left margin (a paragraph's first line is indented from it). */
    private static float leftMargin(List<TextLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            if (!l.isFootnote() && l.pageWidth() > 0) {
                counts.merge(Math.round(l.x()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    private static void classify(Block b) {
        if (b.kind != Block.Kind.PARAGRAPH) {
            return;
        }
        String t = b.text.toString().strip();
        boolean shortish = t.length() <= 300;
        boolean label = t.matches("(?s)^(?:[IVXLC]{1,6}\\.|Điều\\s+\\d+|(?:Phụ lục|PHỤ LỤC)\\s+[IVXLC\\d]+).*");
        if (shortish && (b.bold || b.allCaps || label && !t.endsWith("."))) {
            b.kind = Block.Kind.HEADING;
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("căn cứ")) {
            b.kind = Block.Kind.PARAGRAPH;
        }
    }
}
