package io.baocao.pipeline.cli;

/**
 * Text from outside (file names above all) made safe to print on a terminal: a name may hold a newline
 * that would fake a second message, or an escape sequence that would rewrite the screen. Control
 * characters are shown as {@code \n}, {@code \t}, {@code \x1b} …; the rest prints as it is (a name that
 * was not valid UTF-8 already shows U+FFFD where its bad bytes were).
 */
final class Names {
    private Names() {
    }

    static String printable(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else if (c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069') {
                        // line separators and bidirectional overrides: they reorder or break what follows
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
