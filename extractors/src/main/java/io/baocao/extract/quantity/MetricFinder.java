package io.baocao.extract.quantity;

import io.baocao.extract.text.TextFold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the indicator a number measures: the subject of its clause, read back from the number to the
 * clause start and cut before the verb ({@code đạt}, {@code tăng}, {@code chiếm}, {@code là} …). A clause
 * that opens on its verb ({@code , đạt 51,21% kế hoạch}) shares the subject of the clause before it;
 * a count also names what it counts ({@code 35 quyết định xử phạt}).
 */
final class MetricFinder {
    /** Verbs and markers that end a subject, in folded form, matched on word boundaries. */
    private static final Pattern VERB = Pattern.compile(
            "(?<![\\p{L}])(dong gop|uoc dat|uoc tinh|uoc thuc hien|uoc tang|uoc giam|uoc|dat|tang|giam|chiem|la|thuc hien duoc|"
            + "thuc hien|duoc|co|gom|bang|vuot|cao hon|thap hon|khoang|voi|con|len|xuong|phan dau|tuong ung|"
            + "den nay|den ngay|tinh den|luy ke|hien co|dang|da|so voi|tro len)(?![\\p{L}])");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:[-+*•.\\s]|[a-zđ]\\)|\\d+(?:\\.\\d+)*[.)]|trong do:?|trong đó:?|riêng|và|còn|đồng thời|ngoài ra|"
            + "cụ thể|bao gồm|gồm|nhìn chung|theo đó|tuy nhiên|bên cạnh đó|mặt khác|do đó|vì vậy|\\s)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME_PHRASE = Pattern.compile(
            "(?iu)\\s*(?:ước\\s+)?(?:trong\\s+)?(?:\\d+\\s+tháng(?:\\s+(?:đầu|cuối))?(?:\\s+năm)?(?:\\s*/?\\s*\\d{4})?|"
            + "năm\\s+\\d{4}|quý\\s+[IV]+(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?|đến\\s+nay|hiện\\s+nay|từ\\s+đầu\\s+năm(?:\\s+đến\\s+nay)?)\\s*");

    private MetricFinder() {
    }

    /** The metric of a mention, or null. {@code previous} are the mentions before it in the passage. */
    static String find(String text, QuantityMention q, List<QuantityMention> previous, List<String> previousMetrics) {
        String subject = subjectBefore(text, q.numberStart);
        if (subject == null && !previousMetrics.isEmpty()) {
            subject = previousMetrics.get(previousMetrics.size() - 1);
        }
        if (q.counted || subject == null && q.kind == io.baocao.extract.grammar.UnitLexicon.Kind.COUNT) {
            String counted = countedPhrase(text, q);
            if (counted != null) {
                subject = subject == null ? counted : subject + " " + counted;
            }
        }
        return subject == null ? null : tidy(subject);
    }

    /** The subject of the clause the number sits in, walking back over clause boundaries if needed. */
    static String subjectBefore(String text, int pos) {
        int end = pos;
        for (int step = 0; step < 4 && end > 0; step++) {
            int start = clauseStart(text, end);
            String segment = text.substring(start, end);
            String cut = cutAtVerb(segment);
            String cleaned = tidy(cut);
            if (cleaned != null && cleaned.length() >= 3 && hasWord(cleaned)) {
                return extendOverCommas(text, start, cleaned);
            }
            if (start == 0) {
                break;
            }
            char boundary = text.charAt(start - 1);
            if (boundary == '.' || boundary == ';' && step > 0) {
                break;
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * A subject written as a list of nouns ({@code doanh thu vận tải, kho bãi, dịch vụ …, chuyển phát
     * thực hiện …}): earlier comma-separated segments without a verb or a number belong to it.
     */
    private static String extendOverCommas(String text, int start, String subject) {
        String result = subject;
        int s = start;
        for (int k = 0; k < 6 && s > 0 && text.charAt(s - 1) == ','; k++) {
            int prevStart = clauseStart(text, s - 1);
            String segment = text.substring(prevStart, s - 1);
            String folded = TextFold.fold(segment);
            if (VERB.matcher(folded).find() || segment.chars().anyMatch(Character::isDigit) || segment.isBlank()
                    || segment.strip().split("\\s+").length > 12) {
                break;
            }
            String t = tidy(segment);
            if (t == null) {
                break;
            }
            result = t + ", " + result;
            s = prevStart;
        }
        return result;
    }

    private static boolean hasWord(String s) {
        for (String w : s.split("[\\s,;]+")) {
            if (w.length() >= 2 && Character.isLetter(w.charAt(0)) && !w.equalsIgnoreCase("và") && !w.equalsIgnoreCase("hoặc")) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int end) {
        int depth = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            } else if (depth == 0 && (c == ';' || c == ':' || c == ',' || c == '.' && (i + 1 >= text.length()
                    || text.charAt(i + 1) == ' ') && !(i > 0 && Character.isDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
                if (c == ',' && i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i + 1))) {
                    continue;
                }
                return i + 1;
            }
        }
        return 0;
    }

    private static String cutAtVerb(String segment) {
        String folded = TextFold.fold(segment);
        Matcher m = VERB.matcher(folded);
        int cut = segment.length();
        if (m.find()) {
            cut = m.start();
        }
        for (int i = 0; i < cut; i++) {
            if (Character.isDigit(segment.charAt(i)) && !startsTimePhrase(segment, i)) {
                cut = i;
                break;
            }
        }
        return segment.substring(0, cut);
    }

    /** What a count counts, read after the number up to the next verb or punctuation. */
    private static String countedPhrase(String text, QuantityMention q) {
        int from = q.end - (q.unit == null ? 0 : 0);
        int start = q.raw.length() > 0 ? q.numberStart : from;
        String afterNumber = text.substring(start);
        int unitAt = TextFold.fold(afterNumber).indexOf(TextFold.fold(q.unit.split("/")[0]));
        if (unitAt < 0) {
            return null;
        }
        String rest = afterNumber.substring(unitAt);
        int stop = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')') {
                stop = i;
                break;
            }
        }
        String phrase = rest.substring(0, stop);
        String folded = TextFold.fold(phrase);
        Matcher m = VERB.matcher(folded);
        int cut = phrase.length();
        while (m.find()) {
            if (m.start() > 0) {
                cut = m.start();
                break;
            }
        }
        String words = phrase.substring(0, cut).strip();
        String[] w = words.split("\\s+");
        if (w.length > 8) {
            words = String.join(" ", java.util.Arrays.copyOf(w, 8));
        }
        return words.isEmpty() ? null : words;
    }

    /** "6 tháng đầu năm 2024", "năm 2023": digits of a period, not of a quantity. */
    private static boolean startsTimePhrase(String segment, int i) {
        Matcher t = TIME_PHRASE.matcher(segment);
        t.region(Math.max(0, i - 6), segment.length());
        while (t.find()) {
            if (t.start() <= i && t.end() > i) {
                return true;
            }
            if (t.start() > i) {
                break;
            }
        }
        return false;
    }

    static String tidy(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        t = LEADING_NOISE.matcher(t).replaceFirst("");
        t = t.replaceFirst("^(?:[\\d.,%\\s]+(?:và|hoặc)?\\s*)+", "");
        t = TIME_PHRASE.matcher(t).replaceAll(" ").strip();
        t = t.replaceAll("[\\s,;:(–-]+$", "").replaceAll("^[\\s,;:)–-]+", "").strip();
        t = t.replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
