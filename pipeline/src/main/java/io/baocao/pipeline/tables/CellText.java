package io.baocao.pipeline.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a cell from its glyphs: printed lines by baseline, top to bottom, each read left to
 * right, joined with spaces. A word or code broken after a hyphen ({@code 12/NQ-} + {@code HĐND},
 * {@code 2022-} + {@code 2026}) is joined without one.
 */
final class CellText {
    /** A gap wider than this share of the font size between two glyphs is a space. */
    private static final float SPACE_GAP = 0.15f;
    /** Glyphs whose baselines are closer than this share of the font size are on one line. */
    private static final float SAME_LINE = 0.4f;

    private CellText() {
    }

    static String of(List<Glyph> glyphs) {
        String text = "";
        for (List<Glyph> line : lines(glyphs)) {
            String t = line(line);
            if (!t.isEmpty()) {
                text = text.isEmpty() ? t : join(text, t);
            }
        }
        return text;
    }

    /** The glyphs grouped into printed lines, top to bottom, each sorted left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float base = 0;
        for (Glyph g : sorted) {
            if (line == null || g.baseline() - base > SAME_LINE * Math.max(g.fontSize(), 1f)) {
                line = new ArrayList<>();
                lines.add(line);
                base = g.baseline();
            }
            line.add(g);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /** One printed line, left to right; spaces where the glyphs leave a gap or print a blank. */
    static String line(List<Glyph> sortedByX) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : sortedByX) {
            if (g.isBlank()) {
                sb.append(' ');
                previous = g;
                continue;
            }
            if (previous != null && g.x() - previous.right() > SPACE_GAP * g.fontSize()) {
                sb.append(' ');
            }
            sb.append(g.text());
            previous = g;
        }
        return normalise(sb.toString());
    }

    /** Two pieces of one cell: a space between them unless the first ends in a hyphen glued to a word. */
    static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        int n = first.length();
        boolean brokenAfterHyphen = n >= 2 && isHyphen(first.charAt(n - 1)) && !Character.isWhitespace(first.charAt(n - 2));
        return brokenAfterHyphen ? first + second : first + " " + second;
    }

    /** NFC, one space for any run of white space, no space at the ends. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return t.replaceAll("\\s+", " ").strip();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
