package io.baocao.extract.status;

import java.util.Set;

/**
 * Case-insensitive matching done once per text instead of once per character compared: the text is folded
 * ({@link #text}) and a regular expression written for {@code (?iu)} matching is rewritten to match the
 * folded text case-sensitively ({@link #pattern}), with the same matches at the same offsets.
 *
 * <p>The fold of a character is what Java's {@code (?iu)} compares it by, {@code toLowerCase(toUpperCase(c))},
 * so a folded literal meets exactly the characters {@code (?iu)} lets it meet. Folding keeps every offset
 * (a code point whose fold has another length is left as it is). Under {@code (?iu)}, {@code \p{Lu}},
 * {@code \p{Ll}} and {@code \p{Lt}} mean any cased letter, {@code \p{LC}} here. A construct whose meaning
 * depends on case and has no folded equivalent here (another case property, inline flags, letters given
 * by code, letter ranges) is refused when the word list is loaded, so a phrase never silently matches
 * differently.
 */
final class CaseFold {
    /** Unicode properties that case does not change (the letter-case ones are rewritten). */
    private static final Set<String> CASELESS_PROPERTIES = Set.of("L", "M", "N", "Nd", "P", "S", "Z", "Zs", "LC",
            "Mn", "Pd", "Ps", "Pe", "Po");
    private static final Set<String> CASED_PROPERTIES = Set.of("Lu", "Ll", "Lt");

    private CaseFold() {
    }

    /** The text with each code point folded; the same length, so offsets in it are offsets in the text. */
    static String text(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int f = fold(cp);
            if (f != cp && Character.charCount(f) == n) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                if (n == 1) {
                    b.setCharAt(i, (char) f);
                } else {
                    b.replace(i, i + n, new String(Character.toChars(f)));
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /**
     * A regular expression written for {@code (?iu)} matching, rewritten to match {@link #text folded}
     * text without flags: literal letters folded, letter-case properties made caseless.
     *
     * @throws IllegalArgumentException for a construct that depends on case and has no rewriting here
     */
    static String pattern(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        boolean inClass = false;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    throw refused(regex, "a trailing backslash");
                }
                char e = regex.charAt(i + 1);
                if (e == 'p' || e == 'P') {
                    int close = regex.indexOf('}', i);
                    if (i + 2 >= regex.length() || regex.charAt(i + 2) != '{' || close < 0) {
                        throw refused(regex, "\\" + e + " without braces");
                    }
                    String name = regex.substring(i + 3, close);
                    if (CASED_PROPERTIES.contains(name)) {
                        out.append('\\').append(e).append("{LC}");
                    } else if (CASELESS_PROPERTIES.contains(name)) {
                        out.append(regex, i, close + 1);
                    } else {
                        throw refused(regex, "\\" + e + "{" + name + "}");
                    }
                    i = close + 1;
                    continue;
                }
                if (e == 'Q' || e == 'x' || e == 'u' || e == 'N' || e == 'c' || e == 'k' || e == '0') {
                    throw refused(regex, "\\" + e);
                }
                out.append(c).append(e); // \d \s \w \b and escaped punctuation: no case in them
                i += 2;
                continue;
            }
            if (inClass && c == '-' && i > 0 && i + 1 < regex.length()
                    && Character.isLetter(regex.charAt(i - 1)) && Character.isLetter(regex.charAt(i + 1))) {
                throw refused(regex, "a range of letters");
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '(' && !inClass && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                int end = groupSyntaxEnd(regex, i + 2);
                if (end < 0) {
                    throw refused(regex, "inline flags");
                }
                out.append(regex, i, end); // "(?:", "(?=", "(?<!", "(?<name>": the name stays as written
                i = end;
                continue;
            }
            int cp = regex.codePointAt(i);
            out.appendCodePoint(Character.isLetter(cp) ? foldIfSameLength(cp) : cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int foldIfSameLength(int cp) {
        int f = fold(cp);
        return Character.charCount(f) == Character.charCount(cp) ? f : cp;
    }

    /** Where the syntax of a group opened by "(?" ends, or -1 for inline flags. */
    private static int groupSyntaxEnd(String regex, int at) {
        if (at >= regex.length()) {
            return -1;
        }
        char c = regex.charAt(at);
        if (c == ':' || c == '=' || c == '!' || c == '>') {
            return at + 1;
        }
        if (c == '<' && at + 1 < regex.length()) {
            char d = regex.charAt(at + 1);
            if (d == '=' || d == '!') {
                return at + 2;
            }
            int close = regex.indexOf('>', at);
            return close < 0 ? -1 : close + 1;
        }
        return -1;
    }

    private static IllegalArgumentException refused(String regex, String what) {
        return new IllegalArgumentException("status phrase /" + regex + "/: " + what
                + " depends on letter case in a way the case folding cannot keep; write it another way");
    }
}
