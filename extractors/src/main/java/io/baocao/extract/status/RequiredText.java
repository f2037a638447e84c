package io.baocao.extract.status;

import java.util.ArrayList;
import java.util.List;

/**
 * Strings one of which every match of a regular expression contains, read off the expression: a phrase
 * whose strings are all absent from a text cannot match it, and is not run on it. Most passages hold few
 * of the status phrases' words, and running a phrase costs a scan of the whole passage (several of them
 * begin with a look-behind that is tried at every position), so this skips most of the scanning without
 * changing any match.
 *
 * <p>Read conservatively: a run of literal characters outside any group, class or escape, not made
 * optional by a quantifier; or, for a group that is not quantified and not a look-around, one string of
 * each of its alternatives. The longest such run (or the group whose shortest string is longest) is kept.
 * Where nothing qualifies (an alternative with no literal run), the answer is the empty list: the phrase
 * is always run.
 */
final class RequiredText {
    private RequiredText() {
    }

    /** Strings one of which every match of {@code regex} contains; empty when the expression does not tell. */
    static List<String> of(String regex) {
        List<String> out = new ArrayList<>();
        for (String branch : alternatives(regex)) {
            List<String> required = ofSequence(branch);
            if (required.isEmpty()) {
                return List.of();
            }
            for (String s : required) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether a text may hold a match: it contains one of the strings, or there are none to go by. */
    static boolean mayMatch(List<String> required, String text) {
        if (required.isEmpty()) {
            return true;
        }
        for (String s : required) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The best choice of required strings of a sequence without top-level alternatives. */
    private static List<String> ofSequence(String seq) {
        List<String> best = List.of();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < seq.length()) {
            char c = seq.charAt(i);
            if (c == '?' || c == '*' || c == '+' || c == '{') {
                // a quantifier of the last literal character: that character may be absent (or repeated)
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                best = better(best, run);
                run.setLength(0);
                i = afterQuantifier(seq, i);
                continue;
            }
            if (c == '\\') {
                best = better(best, run);
                run.setLength(0);
                i = afterEscape(seq, i);
                i = skipQuantifier(seq, i);
                continue;
            }
            if (c == '[') {
                best = better(best, run);
                run.setLength(0);
                i = skipQuantifier(seq, afterClass(seq, i));
                continue;
            }
            if (c == '(') {
                best = better(best, run);
                run.setLength(0);
                int close = closingParen(seq, i);
                String body = seq.substring(i + 1, close);
                int after = close + 1;
                boolean quantified = after < seq.length() && "?*+{".indexOf(seq.charAt(after)) >= 0;
                boolean lookAround = body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=")
                        || body.startsWith("?<!");
                if (!quantified && !lookAround) {
                    String inner = body.startsWith("?:") ? body.substring(2) : body.startsWith("?") ? null : body;
                    if (inner != null) {
                        List<String> group = of(inner);
                        if (shortest(group) > shortest(best)) {
                            best = group;
                        }
                    }
                }
                i = skipQuantifier(seq, after);
                continue;
            }
            if (c == '.' || c == '^' || c == '$') {
                best = better(best, run);
                run.setLength(0);
                i = skipQuantifier(seq, i + 1);
                continue;
            }
            run.append(c);
            i++;
        }
        return better(best, run);
    }

    private static List<String> better(List<String> best, CharSequence run) {
        return run.length() > shortest(best) ? List.of(run.toString()) : best;
    }

    private static int shortest(List<String> strings) {
        int n = strings.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (String s : strings) {
            n = Math.min(n, s.length());
        }
        return n;
    }

    /** The expression split at its top-level {@code |}. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i = afterToken(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** Past the token at {@code i}: an escape or a character class whole, any other character alone. */
    private static int afterToken(String s, int i) {
        char c = s.charAt(i);
        return c == '\\' ? afterEscape(s, i) : c == '[' ? afterClass(s, i) : i + 1;
    }

    private static int afterEscape(String s, int i) {
        if (i + 1 < s.length() && (s.charAt(i + 1) == 'p' || s.charAt(i + 1) == 'P')
                && i + 2 < s.length() && s.charAt(i + 2) == '{') {
            return s.indexOf('}', i) + 1;
        }
        return Math.min(i + 2, s.length());
    }

    private static int afterClass(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j = afterEscape(s, j) - 1;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && j > i + 1 && !(j == i + 2 && s.charAt(i + 1) == '^')) {
                if (--depth == 0) {
                    return j + 1;
                }
            }
        }
        throw new IllegalArgumentException("unclosed character class in /" + s + "/");
    }

    private static int closingParen(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j = afterToken(s, j)) {
            char c = s.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        throw new IllegalArgumentException("unclosed group in /" + s + "/");
    }

    private static int skipQuantifier(String s, int i) {
        return i < s.length() && "?*+{".indexOf(s.charAt(i)) >= 0 ? afterQuantifier(s, i) : i;
    }

    /** Past a quantifier at {@code i} and its lazy or possessive mark. */
    private static int afterQuantifier(String s, int i) {
        int j = s.charAt(i) == '{' ? s.indexOf('}', i) + 1 : i + 1;
        return j < s.length() && (s.charAt(j) == '?' || s.charAt(j) == '+') ? j + 1 : j;
    }
}
