package io.baocao.pipeline.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every block its heading path. Heading levels come from the numbering, not from fonts (which the
 * genre uses inconsistently): the first numbering style met opens the outermost level, a style met again
 * closes everything below it ({@code I.} › {@code 1.} › {@code a)} › {@code (1)}, {@code Điều 2.}, or
 * whatever order a document uses).
 */
public final class Sections {
    private enum Style { APPENDIX, ARTICLE, ROMAN, UPPER, ARABIC, NESTED, LETTER, PAREN }

    private static final Pattern[] PATTERNS = {
        Pattern.compile("^(?:Phụ lục|PHỤ LỤC)\\s+[IVXLC\\d]+\\b"),
        Pattern.compile("^Điều\\s+\\d+\\b"),
        Pattern.compile("^[IVXLC]{1,6}\\.(?=\\s)"),
        Pattern.compile("^[A-ZĐ]\\.(?=\\s)"),
        Pattern.compile("^\\d{1,2}\\.(?=\\s)"),
        Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?(?=\\s)"),
        Pattern.compile("^[a-zđ]\\)(?=\\s)"),
        Pattern.compile("^\\(?\\d{1,2}\\)(?=\\s)"),
    };

    private record Level(Style style, String title) {
    }

    private final List<Level> stack = new ArrayList<>();

    public void reset() {
        stack.clear();
    }

    /** Reads the block's own label (if any) and sets {@link Block#section} to the path above and at it. */
    public void assign(Block b) {
        if (b.kind == Block.Kind.FOOTNOTE || b.kind == Block.Kind.TABLE_ROW) {
            b.section = path();
            return;
        }
        String t = b.text().strip();
        for (int i = 0; i < PATTERNS.length; i++) {
            Matcher m = PATTERNS[i].matcher(t);
            if (m.find()) {
                Style style = Style.values()[i];
                if (style == Style.UPPER && b.kind != Block.Kind.HEADING) {
                    continue;
                }
                if (style == Style.ROMAN && !isRoman(m.group().replace(".", ""))) {
                    continue;
                }
                open(style, title(b, t));
                break;
            }
        }
        b.section = path();
    }

    private void open(Style style, String title) {
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).style == style) {
                while (stack.size() > i) {
                    stack.remove(stack.size() - 1);
                }
                break;
            }
        }
        stack.add(new Level(style, title));
    }

    /** The heading path at this point of the document. */
    public String current() {
        return path();
    }

    private String path() {
        if (stack.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Level l : stack) {
            if (sb.length() > 0) {
                sb.append(" > ");
            }
            sb.append(l.title);
        }
        return sb.toString();
    }

    /** A heading whole; a labelled paragraph up to its colon, or its first words. */
    private static String title(Block b, String t) {
        if (b.kind == Block.Kind.HEADING && t.length() <= 160) {
            return t.replaceAll("[:.]\\s*$", "");
        }
        int colon = t.indexOf(':');
        if (colon > 0 && colon <= 120) {
            return t.substring(0, colon).strip();
        }
        String[] words = t.split("\\s+");
        if (words.length <= 12) {
            return t;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 12)) + " …";
    }

    private static boolean isRoman(String s) {
        return s.toUpperCase(Locale.ROOT).matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})") && !s.isEmpty();
    }
}
