package io.baocao.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at a full stop (or ? ! …) followed by a capital, a list mark or an
 * opening bracket, but not after the abbreviations the genre uses ({@code TP.}, {@code Tr.}, {@code v.v.}).
 */
public final class Sentences {
    private static final Pattern END = Pattern.compile("(?<=[.!?…])[\"”»)]?\\s+(?=[\\p{Lu}Đ(“\"\\-+•])");
    private static final Pattern ABBREVIATION = Pattern.compile("(?iu)(?:^|\\s)(?:tp|tr|ts|ths|pgs|gs|bs|ks|v\\.v|st|k\\.t|vd|đ/c|ô|bà)\\.$");

    private Sentences() {
    }

    /** Sentence start offsets within the text (the first is 0). */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(start, m.start());
            if (ABBREVIATION.matcher(before).find() || before.strip().length() < 3) {
                continue;
            }
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }
}
