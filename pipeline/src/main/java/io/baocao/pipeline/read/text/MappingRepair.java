package io.baocao.pipeline.read.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs Unicode text that a font's broken glyph-to-Unicode mapping left wrong:
 * <ul>
 * <li>{@code ƣ}/{@code Ƣ} (U+01A3/U+01A2, "oi", a letter of no Vietnamese word) for {@code ư}/{@code Ư}: fonts
 * that name the glyph of ư after its look ({@code nƣớc}, {@code Chƣơng});</li>
 * <li>combining marks detached from their letter by a space ({@code Vie ̣t}) and marks left decomposed
 * ({@code e} + U+0323 + U+0302): attached and composed (NFC);</li>
 * <li>spacing accents printed after a vowel ({@code a´}, {@code o˜}, {@code eˆ}): the combining mark they
 * stand for, when the vowel takes it.</li>
 * </ul>
 */
public final class MappingRepair {
    /** Spacing accents and the combining marks they stand for. */
    private static final String SPACING = "\u00B4\u02CA\u02CB\u02DC\u02C6\u02D8";
    private static final String COMBINING = "\u0301\u0301\u0300\u0303\u0302\u0306";

    private MappingRepair() {
    }

    /** Whether {@code text} holds anything {@link #repair} would change (a cheap test for every line). */
    public static boolean needsRepair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u01A3' || c == '\u01A2' || SPACING.indexOf(c) >= 0 || isMark(c)) {
                return true;
            }
        }
        return false;
    }

    public static String repair(String text) {
        if (!needsRepair(text)) {
            return text;
        }
        List<String> glyphs = new ArrayList<>(text.length());
        text.codePoints().forEach(cp -> glyphs.add(Character.toString(cp)));
        return String.join("", repair(glyphs));
    }

    /**
     * Glyph by glyph, keeping positions: a mark or accent joins the glyph of its letter, its own glyph (and
     * a space it was detached by) becomes empty.
     */
    public static List<String> repair(List<String> glyphs) {
        List<String> out = new ArrayList<>(glyphs.size());
        for (String g : glyphs) {
            out.add(g.replace('\u01A3', '\u01B0').replace('\u01A2', '\u01AF'));
        }
        for (int i = 0; i < out.size(); i++) {
            String g = out.get(i);
            if (g.isEmpty()) {
                continue;
            }
            char c = g.charAt(0);
            String mark = isMark(c) ? g : SPACING.indexOf(c) >= 0 && g.length() == 1
                    ? String.valueOf(COMBINING.charAt(SPACING.indexOf(c))) : null;
            if (mark == null) {
                continue;
            }
            int letter = i - 1;
            while (letter >= 0 && out.get(letter).isEmpty()) {
                letter--;
            }
            int space = -1;
            if (letter >= 0 && out.get(letter).isBlank() && isMark(c)) {
                // a combining mark printed after a space belongs to the letter before the space
                space = letter;
                letter--;
                while (letter >= 0 && out.get(letter).isEmpty()) {
                    letter--;
                }
            }
            if (letter < 0 || out.get(letter).isEmpty() || !Character.isLetter(out.get(letter).charAt(out.get(letter).length() - 1))) {
                continue;
            }
            String joined = Normalizer.normalize(out.get(letter) + mark, Normalizer.Form.NFC);
            boolean composes = joined.codePoints().noneMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK);
            if (!composes && !isMark(c)) {
                continue; // a spacing accent after a letter that does not take it is what it shows
            }
            out.set(letter, joined);
            out.set(i, "");
            if (space >= 0) {
                out.set(space, "");
            }
        }
        return out;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
