package io.baocao.extract.sector;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sector model and the sector rule read of a passage: the words of its nearest heading and of its
 * text. The training data ({@code train/sectors/*.cat}) holds each passage as its tokens as written, the
 * heading's prefixed {@code h:}; {@link #features} turns those tokens, or a passage met at ingest, into the
 * model's features the same way: lower case, numbers and one-letter list marks dropped, a heading word kept
 * apart from the same word in the text ({@code h:y h:tế}); and the rule's phrase hits ({@code kw:y-te}, in the
 * heading {@code hkw:y-te}), so the model weighs the word lists instead of relearning them from few examples.
 */
public final class SectorFeatures {
    /** The prefix of a heading word. */
    public static final String HEADING = "h:";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern ROMAN = Pattern.compile("[ivxl]+");
    /** The heading path separator of a passage's section ({@code I. … > 4. … > b) Y tế}). */
    private static final String PATH = " > ";

    private SectorFeatures() {
    }

    /** The words of a text as written (NFC), punctuation left out: the tokens of a training line. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The heading a passage sits under, the last of its section's path, or null. */
    public static String nearestHeading(String section) {
        if (section == null || section.isBlank()) {
            return null;
        }
        int at = section.lastIndexOf(PATH);
        return at < 0 ? section.strip() : section.substring(at + PATH.length()).strip();
    }

    /** A passage as the tokens of a training line: its nearest heading's words prefixed, then its text's. */
    public static List<String> lineTokens(String section, String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(nearestHeading(section))) {
            out.add(HEADING + t);
        }
        out.addAll(tokens(text));
        return out;
    }

    /** The model's features of a passage. */
    public static String[] features(String section, String text) {
        return features(lineTokens(section, text));
    }

    /** The model's features of the tokens of a training line (the sector id left out). */
    public static String[] features(List<String> lineTokens) {
        List<String> out = new ArrayList<>(lineTokens.size());
        for (String t : lineTokens) {
            boolean heading = t.startsWith(HEADING);
            String w = word(heading ? t.substring(HEADING.length()) : t);
            if (w != null && !(heading && ROMAN.matcher(w).matches())) {
                out.add(heading ? HEADING + w : w);
            }
        }
        String[] headingAndText = headingAndText(lineTokens);
        out.addAll(Rules.RULE.phraseFeatures(headingAndText[0], headingAndText[1]));
        return out.toArray(String[]::new);
    }

    /** The rule, built once, whose phrase hits are features too. */
    private static final class Rules {
        static final SectorRule RULE = new SectorRule();
    }

    /** A token as a feature word: lower case; null for a number or a lone Latin letter (a list mark). */
    static String word(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || (w.length() == 1 && w.charAt(0) < 0x80)) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return null;
            }
        }
        return w;
    }

    /** Heading words and text words of a training line's tokens, each joined by spaces (for the rule). */
    public static String[] headingAndText(List<String> lineTokens) {
        StringBuilder heading = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (String t : lineTokens) {
            if (t.startsWith(HEADING)) {
                heading.append(heading.length() == 0 ? "" : " ").append(t.substring(HEADING.length()));
            } else {
                text.append(text.length() == 0 ? "" : " ").append(t);
            }
        }
        return new String[] {heading.toString(), text.toString()};
    }
}
