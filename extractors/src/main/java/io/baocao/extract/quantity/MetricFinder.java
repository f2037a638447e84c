package io.baocao.extract.quantity;

import io.baocao.extract.grammar.DocumentKinds;
import io.baocao.extract.grammar.UnitLexicon;
import io.baocao.extract.grammar.UnitLexicon.Kind;
import io.baocao.extract.names.AgencyPlaceRule;
import io.baocao.extract.names.NameTokens;
import opennlp.tools.util.Span;
import io.baocao.extract.text.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            "(?iu)(?<![\\p{L}])(đóng góp|ước đạt|ước tính|ước thực hiện|ước tăng|ước giảm|ước|đạt|(?<!(?:gia|độ|mức)\\s)tăng(?!\\s+thêm\\s+(?:là|đạt|ước|tăng|giảm)|\\s+(?:trưởng|cường)(?![\\p{L}]))|giảm|chiếm|là|"
            + "thực hiện được|thực hiện|được|có|gồm|(?<!(?:đồng|mặt|văn|công|cân|san)\\s)bằng(?=\\s*$|\\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|mức|\\d))|vượt|cao hơn|thấp hơn|khoảng|với|còn(?!\\s+lại)|phấn đấu|tương ứng|tương đương|"
            + "đến nay|đến ngày|tính đến|lũy kế|hiện có|đang|đã|so với|trở lên)(?![\\p{L}])");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:[-+*•.\\s]|[a-zđ]\\)|\\d+(?:\\.\\d+)*[.)]|trong do:?|trong đó:?|riêng|và|còn|đồng thời|ngoài ra|"
            + "cụ thể|bao gồm|gồm|nhìn chung|trở lên|trở xuống|theo đó|tuy nhiên|bên cạnh đó|mặt khác|do đó|vì vậy|\\s)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME_PHRASE = Pattern.compile(
            "(?iu)\\s*(?:ước\\s+)?(?:trong\\s+)?(?:\\d+\\s+tháng(?:\\s+(?:đầu|cuối))?(?:\\s+năm)?(?:\\s*/?\\s*\\d{4})?|"
            + "(?:ngày\\s+)?\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|ngày\\s+\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d/])|(?:ngày\\s+)?\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}|"
            + "(?:trong\\s+)?tháng\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?(?![\\d/])|"
            + "(?:(?:cuối|giữa|(?<!tháng\\s)đầu)\\s+)?năm\\s+\\d{4}|quý\\s+[IV]+(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?|đến\\s+nay|hiện\\s+nay|từ\\s+đầu\\s+năm(?:\\s+đến\\s+nay)?)\\s*");

    private MetricFinder() {
    }

    /**
     * The metric of a mention, or null. {@code previous} are the mentions before it in the passage and
     * {@code previousMetrics} their metrics, one per mention (null where none was found).
     */
    static String find(String text, QuantityMention q, List<QuantityMention> previous, List<String> previousMetrics) {
        String lastMetric = null;
        for (int k = previousMetrics.size() - 1; k >= 0 && lastMetric == null; k--) {
            lastMetric = previousMetrics.get(k);
        }
        if (lastMetric != null && EarlierPeriod.inParenthesisBefore(text, q.numberStart)) {
            // "tăng 14,4% (cùng kỳ 2004 đạt 15,6%)": the same measure for an earlier period; a count of the same
            // noun counts the same things ("xảy ra 388 vụ cháy rừng (cả năm 2004 là 443 vụ)")
            QuantityMention before = previous.get(previous.size() - 1);
            return q.kind == Kind.COUNT && q.unit != null && q.unit.equals(before.unit) ? lastMetric
                    : baseOf(lastMetric, before);
        }
        if (lastMetric != null && !previous.isEmpty() && q.kind == Kind.MEASURE) {
            QuantityMention before = previous.get(previous.size() - 1);
            if (before.kind == Kind.MEASURE && before.end <= q.numberStart
                    && COORDINATED.matcher(text.substring(before.end, q.numberStart)).matches()) {
                // "khối lượng vận tải hàng hoá ước đạt gần 64,2 triệu tấn hàng và gần 13,4 tỷ TKm": one measure
                // stated in two units
                return baseOf(lastMetric, before);
            }
        }
        if (q.kind == Kind.PERCENT) {
            String share = shareThatOpensItsClause(text, q);
            if (share != null) {
                return share;
            }
        }
        String subject = nameBeforeOwnParenthesis(text, q);
        String clause = subject == null && lastMetric != null
                ? text.substring(clauseStart(text, q.numberStart), q.numberStart) : "";
        if (ALLOCATED_OR_DIFFERENCE_WORD.matcher(clause).find()) {
            // read after the clause's last quantity only when one of the two can match: on every number otherwise
            String own = afterLastQuantity(clause);
            if (q.kind == Kind.COUNT && ALLOCATED_TO.matcher(own).matches()) {
                // "vốn TKQH được giao: 3 tỷ đồng, phân bổ cho 11 dự án": the projects that money goes to
                subject = baseOf(lastMetric, previous.get(previous.size() - 1));
            } else if (DIFFERENCE.matcher(own).matches()) {
                // "mực nước … là 2,02 m, thấp hơn bình quân nhiều năm là 1,42 m": by how much the same measure
                // differs from what it is compared with
                return lastMetric;
            }
        }
        if (subject == null) {
            subject = ownClauseSubject(text, q.numberStart);
        }
        if (subject != null) {
            String holder = holderOfAttribute(text, q.numberStart);
            if (holder != null && !TextFold.fold(subject).contains(TextFold.fold(holder))) {
                subject = holder + " " + subject;
            }
        }
        if (subject == null) {
            subject = labelBeforeColon(text, q.numberStart);
        }
        if (subject == null && q.kind == Kind.COUNT) {
            String same = sameCountBefore(text, q, previous, previousMetrics);
            if (same != null) {
                return same;
            }
        }
        if (subject == null && lastMetric != null) {
            // ", đạt 51,21% kế hoạch, tăng 8,63%": the clause shares the subject of the number before it; a
            // percentage after a count ("giải quyết 51/64 vụ việc khiếu nại, đạt 79,68%") is of what was counted
            subject = q.kind == Kind.COUNT
                    ? baseOf(lastMetric, previous.get(previous.size() - 1)) : lastMetric;
        }
        if (subject == null) {
            subject = subjectBefore(text, q.numberStart);
        }
        if (q.kind == Kind.MEASURE && subject != null) {
            // "sản xuất được 188 nghìn tấn đường", "gieo cấy được 219,4 nghìn ha lúa hè thu": what was measured
            String measured = measuredNoun(text, q.end);
            if (measured != null && !TextFold.fold(subject).contains(TextFold.fold(measured))) {
                subject = subject + " " + measured;
            }
        }
        if (q.kind == Kind.COUNT) {
            String counted = countedPhrase(text, q);
            String whole = wholeOfBreakdown(text, q, previous);
            if (whole != null && (counted == null || TextFold.fold(whole).startsWith(TextFold.fold(counted) + " "))) {
                counted = whole;
            }
            if (counted != null) {
                subject = subject == null ? counted : subject + " " + counted;
                String done = predicateOfCountedBodies(text, q, counted);
                if (done != null) {
                    // "Tất cả 7 huyện, thị xã đã thành lập hội đồng khoa học và công nghệ": a count of bodies that
                    // opens its clause is the subject; what it counts is the bodies that did what follows
                    subject = counted + (done.startsWith(",") ? "" : " ") + done;
                }
            }
        }
        if (q.kind == Kind.MONEY && subject != null) {
            // "tỉnh Lâm Đồng được bố trí 7,623 tỷ đồng": the money is what the subject was allocated, not the subject
            Matcher verb = ALLOCATED_BEFORE.matcher(text.substring(Math.max(0, q.numberStart - 40), q.numberStart));
            if (verb.find() && !TextFold.fold(subject).contains(TextFold.fold(verb.group(2)))) {
                subject = tidy(subject) + " " + verb.group(1);
            }
        }
        if (q.kind == Kind.MONEY && subject != null && ALLOCATION_ONLY.matcher(tidy(subject)).matches()) {
            // "Bố trí 3 tỷ đồng cho dự án đường giao thông …": money allocated is named by what it goes to
            String purpose = phraseAt(ALLOCATED_FOR, text, q.end);
            if (purpose != null) {
                String[] w = purpose.split("\\s+");
                subject = tidy(subject) + " " + String.join(" ", Arrays.copyOf(w, Math.min(w.length, 8)));
            }
        }
        // a count's "về" says what its items are about ("38.770 chỉ tiêu về các lĩnh vực"), not an aspect
        String aspect = q.kind == Kind.COUNT ? null : aspectAfter(text, q.end);
        if (aspect != null) {
            // "vận tải hành khách … tăng 6,5% về lượt hành khách", "gạo giảm 17% về lượng"
            return subject == null || TextFold.fold(subject).contains(TextFold.fold(aspect)) ? aspect
                    : tidy(baseOf(subject, previous.isEmpty() ? q : previous.get(previous.size() - 1))
                            .replaceFirst("\\s+về\\s+.*$", "")) + " về " + aspect;
        }
        return subject == null ? null : tidy(subject);
    }

    /**
     * "xảy ra 376 vụ phạm tội …, tăng 59 vụ so với cùng kỳ", "(so với cùng kỳ tăng 27 vụ, giảm 06 người
     * chết)": a change of a count, in a clause of its own verb alone, is the change of the count of the same
     * noun named before it.
     */
    private static String sameCountBefore(String text, QuantityMention q, List<QuantityMention> previous,
            List<String> previousMetrics) {
        if (q.unit == null || !CHANGE_ONLY.matcher(text.substring(clauseStart(text, q.numberStart), q.numberStart)).matches()) {
            return null;
        }
        String counted = countedPhrase(text, q);
        String nearest = null;
        for (int k = previous.size() - 1; k >= 0; k--) {
            QuantityMention p = previous.get(k);
            String metric = previousMetrics.get(k);
            if (metric == null || p.kind != q.kind || !q.unit.equals(p.unit)) {
                continue;
            }
            if (counted != null && TextFold.fold(metric).contains(TextFold.fold(counted))) {
                return metric;
            }
            if (nearest == null) {
                nearest = metric;
            }
        }
        // a count that names more than its unit ("tăng 178 người chết") names its own noun
        boolean unitOnly = counted == null || TextFold.fold(counted).strip().equals(TextFold.fold(q.unit.split("/")[0]).strip());
        return unitOnly ? nearest : null;
    }

    /** A clause of a change verb alone before its number ("tăng", "so với cùng kỳ giảm"). */
    private static final Pattern CHANGE_ONLY = Pattern.compile(
            "(?iu)\\s*(?:\\(\\s*)?(?:so với (?:cùng kỳ|năm trước|kỳ trước)(?:\\s+năm\\s+\\d{4})?\\s*,?\\s*)?(?:tăng|giảm)(?:\\s+thêm)?\\s*");

    /**
     * "289 dự án nhóm B bố trí vốn … (trong đó: các Bộ, ngành có 69 dự án; các tỉnh, thành phố 220 dự án)": the
     * parts of a count broken down in parentheses count what the whole counts; the counted phrase of the whole
     * when it names more than the part's own noun, else null.
     */
    private static String wholeOfBreakdown(String text, QuantityMention q, List<QuantityMention> previous) {
        if (q.unit == null) {
            return null;
        }
        int open = text.lastIndexOf('(', q.numberStart);
        if (open < 0 || text.lastIndexOf(')', q.numberStart) > open
                || !BREAKDOWN.matcher(text).region(open + 1, q.numberStart).lookingAt()) {
            return null;
        }
        for (int k = previous.size() - 1; k >= 0; k--) {
            QuantityMention p = previous.get(k);
            if (p.end <= open) {
                String whole = p.kind == Kind.COUNT && q.unit.equals(p.unit) ? countedPhrase(text, p) : null;
                if (whole == null) {
                    return null;
                }
                // the noun and the two words that class it ("dự án nhóm B"), not the predicate that follows
                String[] w = whole.split("\\s+");
                int keep = Math.min(w.length, q.unit.split("/")[0].split("\\s+").length + 2);
                return String.join(" ", Arrays.copyOf(w, keep));
            }
        }
        return null;
    }

    private static final Pattern BREAKDOWN = Pattern.compile("(?iu)\\s*trong\\s+đó(?![\\p{L}])");

    /**
     * "… như: thuỷ điện Sesan 3 (260MW), xi măng Sông Gianh (1,4 triệu tấn/năm)", "chủ yếu là rừng trồng (1.800
     * ha)": a quantity alone in parentheses measures the noun phrase right before them (after the clause's
     * last verb or list opening); null when that phrase holds a quantity of its own ("đạt 108 tỷ đồng
     * (54,63%)": a share of that figure) or names nothing.
     */
    private static String nameBeforeOwnParenthesis(String text, QuantityMention q) {
        int open = q.numberStart - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        int close = q.end;
        if (close < text.length() && text.charAt(close) == '/') {
            close++; // "(1,4 triệu tấn/năm)": the rest of a per-unit the mention does not keep
            while (close < text.length() && Character.isLetter(text.charAt(close))) {
                close++;
            }
        }
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
            close++;
        }
        if (open <= 0 || text.charAt(open) != '(' || close >= text.length() || text.charAt(close) != ')') {
            return null;
        }
        int start = clauseStart(text, open);
        String before = text.substring(start, open);
        int from = 0;
        for (Pattern opening : new Pattern[] {VERB, LIST_INTRODUCER}) {
            Matcher m = opening.matcher(before);
            while (m.find()) {
                from = Math.max(from, m.end());
            }
        }
        String phrase = tidy(before.substring(from));
        if (phrase == null || phrase.length() < 3 || !hasWord(phrase) || phrase.split("\\s+").length > 8) {
            return null;
        }
        if (NUMBER_THEN_WORD.matcher(before.substring(from)).find()) {
            return null; // "445 lượt vận động viên (198 nữ)": what is in the parenthesis is about that quantity
        }
        // "Nhiều tỉnh, thành phố (21 đơn vị)": a name written as a list of nouns
        return from == 0 ? extendOverCommas(text, start, phrase) : phrase;
    }

    /** A number followed by a word: a quantity ("445 lượt"), not a number in a name ("Sesan 3", "Sesan 3A"). */
    private static final Pattern NUMBER_THEN_WORD = Pattern.compile("(?u)(?<![\\p{L}\\d])\\d[\\d.,]*(?:\\s+\\p{L}|\\s*%)");

    /** A clause that gives money to the items it counts: "phân bổ cho 11 dự án", "được bố trí cho 52 dự án". */
    private static final Pattern ALLOCATED_TO = Pattern.compile(
            "(?iu)[\\s,]*(?:và\\s+)?(?:được\\s+)?(?:phân bổ|phân khai|bố trí|giao|cấp|hỗ trợ)\\s+cho\\s*");

    /** The word each of ALLOCATED_TO and DIFFERENCE must hold. */
    private static final Pattern ALLOCATED_OR_DIFFERENCE_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:cho|hơn)(?![\\p{L}])");

    /** A comparison whose number is the difference: "thấp hơn bình quân nhiều năm là", "cao hơn cùng kỳ là". */
    private static final Pattern DIFFERENCE = Pattern.compile(
            "(?iu)[\\s,]*(?:và\\s+)?(?:thấp|cao|nhiều|ít|lớn|nhỏ)\\s+hơn\\s+[^,;:()]*\\s(?:là|khoảng)\\s*");

    /** A metric without the counted phrase a count appended to it. */
    private static String baseOf(String metric, QuantityMention q) {
        if (q.kind == Kind.COUNT && q.unit != null) {
            int i = metric.lastIndexOf(" " + q.unit.split("/")[0]);
            if (i > 0) {
                return metric.substring(0, i);
            }
            if (metric.startsWith(q.unit.split("/")[0])) {
                return metric;
            }
        }
        return metric;
    }

    private static String ownClauseSubject(String text, int pos) {
        int start = clauseStart(text, pos);
        String cleaned = tidy(cutAtVerb(text.substring(start, pos)));
        // a noun of two letters only before its verb ("gà là 167,6 triệu lượt"), not a verb alone ("cử 85 huấn luyện viên")
        boolean named = names(cleaned) && (cleaned.length() >= 3 || VERB.matcher(text.substring(start, pos)).find());
        if (named && !MEASURE_WORD.matcher(cleaned).matches()) {
            // "(tỷ lệ 88,3%)" names the kind of number only: the clause before says what it is of
            return extendOverCommas(text, start, cleaned);
        }
        return null;
    }

    /**
     * "Bộ Tư pháp bố trí 444 dự án nhóm C (…), vốn đầu tư 117,3 tỷ đồng, bình quân 0,264 tỷ đồng/dự án; tỉnh
     * Thái Nguyên bố trí …": a clause of a label and its number alone, after a comma, is an attribute of
     * the item it goes on (up to {@code ;}, {@code :}, the sentence's end); when the item opens on a body or
     * place by its name and a figure of what it did, the figure is that body's, and the body is part of what
     * it measures. Null when the clause has a verb of its own or the item opens on anything else.
     */
    private static String holderOfAttribute(String text, int pos) {
        int start = clauseStart(text, pos);
        if (start == 0 || text.charAt(start - 1) != ',' || VERB.matcher(text.substring(start, pos)).find()) {
            return null;
        }
        int first = start;
        int firstEnd = start - 1;
        for (int k = 0; k < 8 && first > 0 && text.charAt(first - 1) == ','; k++) {
            firstEnd = first - 1;
            first = clauseStart(text, first - 1);
        }
        if (first > 0 && text.charAt(first - 1) == ',') {
            return null;
        }
        String clause = text.substring(first, firstEnd);
        int number = 0;
        while (number < clause.length() && !Character.isDigit(clause.charAt(number))) {
            number++;
        }
        if (number == clause.length()) {
            return null; // an item that opens without a figure of its own is a list's label, not a holder
        }
        String opening = tidy(cutAtVerb(clause.substring(0, number)));
        if (opening == null) {
            return null;
        }
        String holder = nameOpening(opening);
        // the body must have done something before its figure ("bố trí 444 dự án"); an item of a name and a
        // number alone ("quận Cái Răng 10 triệu, huyện Thới Lai 08 triệu đồng") is one of a list, and so is an
        // attribute that names a body or place of its own
        return holder != null && holder.length() < opening.length() - 1
                && nameOpening(tidy(text.substring(start, pos))) == null ? holder : null;
    }

    /** The body or place by its name that {@code phrase} opens on ("tỉnh Thái Nguyên bố trí"), or null. */
    private static String nameOpening(String phrase) {
        if (phrase == null) {
            return null;
        }
        String[] tokens = NameTokens.of(phrase);
        Span[] names = NAMES.find(tokens);
        return names.length > 0 && names[0].getStart() == 0
                ? String.join(" ", Arrays.copyOfRange(tokens, 0, names[0].getEnd())) : null;
    }

    /** Bodies and places by their names (the rule of the name finder: head words, levels, capitals). */
    private static final AgencyPlaceRule NAMES = new AgencyPlaceRule();

    /**
     * "tăng 6,5% về lượt hành khách và 9% về HKm", "đạt 48,61% KH về số lượng doanh nghiệp": the measure
     * named after the number by "về" is what it measures.
     */
    private static String aspectAfter(String text, int end) {
        String t = phraseAt(ASPECT_AFTER, text, end);
        return t != null && hasWord(t) && !MEASURE_WORD.matcher(t).matches() && !t.equalsIgnoreCase("giá trị") ? t : null;
    }

    /** The first group of {@code pattern} matched right at {@code end}, tidied; null if it does not match there. */
    private static String phraseAt(Pattern pattern, String text, int end) {
        Matcher m = pattern.matcher(text);
        m.region(Math.min(end, text.length()), text.length());
        return m.lookingAt() ? tidy(m.group(1)) : null;
    }

    private static final Pattern ASPECT_AFTER = Pattern.compile(
            "(?iu)\\s*(?:(?:KH|kế hoạch|dự toán)(?:\\s+năm)?\\s+)?về\\s+((?:(?!\\s(?:và|nhưng|do|so|tăng|giảm|đạt|của)(?![\\p{L}]))[^,;:.()\\d])+)");

    /**
     * A number that opens its clause right after a colon is the value of the label before it: "Đắc Lắc:
     * 175 nghìn người; Quảng Trị: 129,5 nghìn người", "Đợt 1: 134.000.000 đồng", "Kế hoạch vốn giao năm
     * 2024: 125 tỷ đồng"; a list introducer ("Trong đó:", "cụ thể:") is no label.
     */
    private static String labelBeforeColon(String text, int pos) {
        int start = clauseStart(text, pos);
        if (start == 0 || text.charAt(start - 1) != ':' || !text.substring(start, pos).isBlank()) {
            return null;
        }
        int labelStart = clauseStart(text, start - 1);
        String label = text.substring(labelStart, start - 1);
        if (label.strip().split("\\s+").length > 12) {
            return null;
        }
        // a label is a noun phrase ("vốn TKQH được giao"), or ends in one after a copula ("nặng nhất là các
        // tỉnh Đắc Lắc")
        Matcher c = COPULA.matcher(label);
        int afterCopula = 0;
        while (c.find()) {
            afterCopula = c.end();
        }
        String cut = tidy(label.substring(afterCopula));
        if (cut == null || cut.length() < 2 || !hasWord(cut) || LIST_OPENING.matcher(cut).matches()) {
            return null;
        }
        String topic = afterCopula == 0 ? topicBefore(text, labelStart) : null;
        return topic == null ? cut : topic + " " + cut;
    }

    /**
     * "Chương trình khu neo đậu tránh trú bão, tổng số vốn được giao: 25 tỷ đồng", "Hai dự án đầu tư thuỷ lợi phục
     * vụ nuôi tôm: kế hoạch vốn được giao năm 2006: 10 tỷ đồng": an item that opens on what it is about, a noun
     * phrase alone (no verb, no number) before the label, makes the label that thing's; null when there is none.
     */
    private static String topicBefore(String text, int labelStart) {
        if (labelStart == 0 || text.charAt(labelStart - 1) != ',' && text.charAt(labelStart - 1) != ':') {
            return null;
        }
        int start = clauseStart(text, labelStart - 1);
        String segment = text.substring(start, labelStart - 1);
        boolean opensItem = start == 0 || ".;".indexOf(text.charAt(start - 1)) >= 0;
        if (!opensItem || VERB.matcher(segment).find() || segment.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String topic = tidy(segment);
        return topic != null && names(topic) && !LIST_OPENING.matcher(topic).matches()
                && topic.split("\\s+").length <= 12 ? topic : null;
    }

    /** Words that introduce the name of an item: what follows them is the label. */
    private static final Pattern COPULA = Pattern.compile("(?iu)(?<![\\p{L}])(?:là|gồm|như|đó là)(?![\\p{L}])");

    /** Labels that open a list rather than name a value. */
    private static final Pattern LIST_OPENING = Pattern.compile(
            "(?iu)(?:cụ thể|trong đó|bao gồm|gồm|như sau|kết quả|số liệu|tổng cộng|tổng số|chia ra|ví dụ|ghi chú)");

    /** The subject of the clause the number sits in, walking back over clause boundaries if needed. */
    static String subjectBefore(String text, int pos) {
        int end = pos;
        for (int step = 0; step < 4 && end > 0; step++) {
            int start = clauseStart(text, end);
            String segment = text.substring(start, end);
            String cut = cutAtVerb(segment);
            String cleaned = tidy(cut);
            if (cleaned != null && MEASURE_WORD.matcher(cleaned).matches() && start > 0 && text.charAt(start - 1) == '(') {
                // "Bệnh viện Ung bướu Cần Thơ (quy mô 500 giường)": the size of what the parenthesis follows
                String of = subjectBefore(text, start - 1);
                return of == null ? cleaned : of + " " + cleaned;
            }
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
            if (VERB.matcher(segment).find() || segment.chars().anyMatch(Character::isDigit) || segment.isBlank()
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

    /**
     * Whether a subject read off a clause names something: a word of its own, not a connective or an
     * adverb; two letters are enough for a noun ("trong đó gà là 167,6 triệu lượt, vịt là 78,4 triệu lượt").
     */
    private static boolean names(String s) {
        return s != null && s.length() >= 2 && hasWord(s);
    }

    private static boolean hasWord(String s) {
        for (String w : s.split("[\\s,;]+")) {
            if (w.length() >= 2 && Character.isLetter(w.charAt(0)) && !NOT_A_SUBJECT.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connectives and adverbs that name nothing ("chỉ tăng 8,56%", "ước đạt gần 3,9 triệu", "đều đạt"; "hiện
     * đang cai nghiện cho 366 người", "hiện chỉ còn 9 nghìn đồng/kg": now).
     */
    private static final Set<String> NOT_A_SUBJECT = Set.of("và", "hoặc", "chỉ", "đều", "gần", "khoảng",
            "còn", "nhưng", "cũng", "vẫn", "lại", "thêm", "hơn", "trên", "dưới", "mới", "đã", "đang", "sẽ", "nên", "thì",
            "hiện", "nay", "do", "từ", "về", "để", "vì", "bị", "cho", "nữa", "này", "đó", "tại", "theo", "với", "của");



    private static int clauseStart(String text, int end) {
        int depth = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '”') {
                // a name in quotation marks is one unit, commas and all ("Dự án “Khôi phục … ở các tỉnh Quảng Nam,
                // Quảng Ngãi, Bình Định và Phú Yên” do … tài trợ trị giá 9,7 triệu EUR")
                int open = text.lastIndexOf('“', i);
                if (open >= 0 && i - open < 300) {
                    i = open;
                    continue;
                }
            }
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

    /**
     * The subject inside one clause segment (text from the clause start to the number): the words after
     * the last number already read, without a leading comparison ("so với cùng kỳ và …"); then either the
     * verb-noun after its last verb ("đã thu hoạch 6.296 ha" → "thu hoạch") or the noun phrase before
     * that verb ("Sản lượng điện tiêu thụ … đạt 1.601,17" → "Sản lượng điện tiêu thụ").
     */
    private static String cutAtVerb(String segment) {
        String seg = afterLastQuantity(segment);
        boolean afterQuantity = seg.length() < segment.length();
        seg = LEADING_COMPARISON.matcher(seg).replaceFirst("");
        seg = LEADING_DATE.matcher(seg).replaceFirst("");
        seg = LEADING_CAUSE.matcher(seg).replaceFirst("");
        // each verb's start and end, read once
        List<int[]> verbs = new ArrayList<>();
        Matcher m = VERB.matcher(seg);
        while (m.find()) {
            verbs.add(new int[] {m.start(), m.end()});
        }
        if (verbs.isEmpty()) {
            return afterQuantity && FLUFF.matcher(seg).matches() ? "" : seg;
        }
        int firstStart = verbs.get(0)[0];
        int lastStart = verbs.get(verbs.size() - 1)[0];
        int lastEnd = verbs.get(verbs.size() - 1)[1];
        // "các doanh nghiệp có vốn đầu tư nước ngoài (không kể dầu thô) đạt 800 triệu USD": "có" + a noun
        // after the subject and before the verb of the clause is a relative clause of the subject
        String head = verbs.size() >= 2 ? tidy(seg.substring(0, verbs.get(0)[0])) : null;
        boolean relative = !afterQuantity && head != null && hasWord(head)
                && seg.substring(verbs.get(0)[0], verbs.get(0)[1]).equalsIgnoreCase("có")
                && !QUANTITY_NEXT.matcher(seg).region(verbs.get(0)[1], seg.length()).lookingAt();
        if (relative) {
            firstStart = verbs.get(1)[0];
        }
        if (!relative && verbs.size() >= 2 && seg.substring(verbs.get(0)[0], verbs.get(0)[1]).equalsIgnoreCase("thực hiện")
                && seg.substring(verbs.get(0)[1], verbs.get(1)[0]).isBlank()) {
            // "Vốn đầu tư nước ngoài thực hiện ước đạt 692 triệu USD": "thực hiện" right before the verb of the
            // clause says which of the capital (the implemented, not the registered), part of the subject
            firstStart = verbs.get(1)[0];
        }
        if (!afterQuantity && verbs.size() >= 2
                && COPULA_BEFORE_NUMBER.contains(seg.substring(lastStart, lastEnd).toLowerCase(Locale.ROOT))
                && onlyParticiples(seg, verbs.subList(0, verbs.size() - 1))
                && !seg.substring(verbs.get(verbs.size() - 2)[1], lastStart).isBlank()
                && names(tidy(seg.substring(0, verbs.get(0)[0])))) {
            // "Tổng số gia cầm đã được tiêm là 246 triệu lượt", "Số người được giải quyết việc làm … ước đạt 30 vạn
            // lao động": before a copula, what was done to the subject is part of it
            String whole = tidy(seg.substring(0, lastStart));
            if (whole != null && hasWord(whole) && whole.split("\\s+").length <= 20) {
                return whole;
            }
        }
        if (!afterQuantity && verbs.size() == 1 && seg.substring(verbs.get(0)[0], verbs.get(0)[1]).equalsIgnoreCase("có")
                && verbs.get(0)[0] > 0 && !QUANTITY_NEXT.matcher(seg).region(verbs.get(0)[1], seg.length()).lookingAt()
                && !MODAL_AFTER_CO.matcher(seg).region(verbs.get(0)[1], seg.length()).lookingAt()) {
            // "các doanh nghiệp có vốn đầu tư nước ngoài nhập khẩu 980 triệu USD", "Huyện có diện tích 120 km2": with
            // no other verb the clause runs on to its number, and what "có" has names what is measured
            String whole = tidy(seg);
            if (whole != null && hasWord(whole) && whole.split("\\s+").length <= 16) {
                return whole;
            }
        }
        Matcher intro = LIST_INTRODUCER.matcher(seg.substring(0, lastStart));
        int introEnd = -1;
        while (intro.find()) {
            introEnd = intro.end();
        }
        if (introEnd > 0 && firstStart < lastStart && !relative) {
            // "Một số sản phẩm giảm so với cùng kỳ có dầu thô đạt 98,1%": the item a list introduces, before its verb
            String item = tidy(seg.substring(introEnd, lastStart));
            if (item != null && item.length() >= 3 && hasWord(item) && item.split("\\s+").length <= 6
                    && !VERB.matcher(item).find()) {
                return item;
            }
        }
        String with = measureAfterWith(seg, verbs);
        if (with != null) {
            return with;
        }
        String before = tidy(seg.substring(0, firstStart));
        if (names(before)) {
            // "… 47,52% dự toán Bộ Tài chính và đạt 47,34%": the words after a number are its basis
            // "chiếm 68% diện tích gieo cấy và bằng 98,7%": words after a number joined to the next verb by
            // "và" complete that number; the clause goes on about the same subject
            return afterQuantity && (FLUFF.matcher(seg.substring(0, firstStart)).matches()
                    || CONTINUES.matcher(seg.substring(0, firstStart)).find()) ? "" : before;
        }
        String after = tidy(seg.substring(lastEnd));
        if (after != null && MEASURE_WORD.matcher(after).matches()) {
            // "(chiếm tỷ trọng 26,1%)", ", đạt tỷ lệ 95%": what kind of number it is, not what it measures
            return "";
        }
        if (after != null && after.length() >= 3 && hasWord(after)) {
            return after;
        }
        // "Ước giải ngân đến ngày 30 tháng 6 năm 2024 là 3.100 tỷ đồng": the predicate between two verbs is
        // what was measured, the gap nearest the number that names something (a date is no name); after
        // another number only the last gap, for the clause shares that number's subject
        for (int k = verbs.size() - 1; k >= 1 && (k == verbs.size() - 1 || !afterQuantity); k--) {
            String between = tidy(seg.substring(verbs.get(k - 1)[1], verbs.get(k)[0]));
            if (between != null && between.length() >= 3 && hasWord(between) && !FLUFF.matcher(between).matches()
                    && !MEASURE_WORD.matcher(between).matches() && !COMPARATIVE.matcher(between).lookingAt()) {
                return between;
            }
        }
        return "";
    }

    /**
     * "hỗ trợ 180 hộ nghèo với kinh phí 180 triệu đồng", "16 dự án … với tổng số vốn là 87 tỷ đồng": the
     * noun phrase after "với" that runs into the number (or its "là") is what the number measures.
     */
    private static String measureAfterWith(String seg, List<int[]> verbs) {
        int n = verbs.size();
        String last = seg.substring(verbs.get(n - 1)[0], verbs.get(n - 1)[1]).toLowerCase(Locale.ROOT);
        int with;
        String phrase;
        if (last.equals("với")) {
            with = n - 1;
            phrase = seg.substring(verbs.get(n - 1)[1]);
        } else if (n >= 2 && COPULA_BEFORE_NUMBER.contains(last)
                && seg.substring(verbs.get(n - 2)[0], verbs.get(n - 2)[1]).equalsIgnoreCase("với")) {
            with = n - 2;
            phrase = seg.substring(verbs.get(n - 2)[1], verbs.get(n - 1)[0]);
        } else {
            return null;
        }
        String t = tidy(phrase);
        // "ký kết với các nhà tài trợ đạt …": a party in the plural, not a measure ("với kinh phí", "với tổng số vốn")
        if (t == null || t.length() < 3 || !hasWord(t) || PLURAL.matcher(t).lookingAt() || MEASURE_WORD.matcher(t).matches() || t.split("\\s+").length > 6
                || t.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        // what it is the measure of, when the clause names it first ("16 dự án chưa có quyết định đầu tư với
        // tổng số vốn"): kept, so the phrase is complete
        String of = tidy(seg.substring(0, verbs.get(with)[0]));
        return of == null || !hasWord(of) || of.split("\\s+").length > 8 ? t : of + " với " + t;
    }

    private static final Pattern PLURAL = Pattern.compile("(?iu)(?:các|những|mọi)\\s");

    private static boolean onlyParticiples(String seg, List<int[]> verbs) {
        for (int[] v : verbs) {
            if (!PARTICIPLE.contains(seg.substring(v[0], v[1]).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Markers of what was done to a subject, inside it when a copula follows ("đã được tiêm là"). */
    private static final Set<String> PARTICIPLE = Set.of("đã", "được", "đang", "thực hiện");

    private static final Set<String> COPULA_BEFORE_NUMBER = Set.of("là", "đạt", "ước đạt", "khoảng");

    /** What follows a number before the next one without naming a subject: its basis, a connective. */
    private static final Pattern FLUFF = Pattern.compile(
            "(?iu)^(?:\\s|,|và|nhưng|hoặc|(?:so với|so)\\s+[^,;]*|(?:kế hoạch|KH|dự toán|chỉ tiêu|NQ|nghị quyết|mục tiêu|toàn ngành|toàn quốc|cả nước|toàn tỉnh|toàn thành phố)"
            + "(?:\\s+(?!và\\b)[^,;\\s]+)*|về giá trị|về tỷ lệ|về số lượng(?:\\s+[^,;\\s]+)*|tương đương(?:\\s+[^,;\\s]+)*)*$");

    /** What follows a verb when a number comes next: "có 03 dự án", "có khoảng 20%". */
    private static final Pattern QUANTITY_NEXT = Pattern.compile("(?iu)\\s*(?:khoảng|gần|hơn|trên|dưới|tới|đến|\\d|$)");

    /** "có thể" (can), "có ít nhất" (at least): no relative clause of the subject. */
    private static final Pattern MODAL_AFTER_CO = Pattern.compile("(?iu)\\s*(?:thể|ít nhất|tối thiểu|tổng cộng)(?![\\p{L}])");

    /** A connective right before the verb: the clause continues the one before it. */
    private static final Pattern CONTINUES = Pattern.compile("(?iu)(?<![\\p{L}])(?:và|nhưng|hoặc)\\s*$");

    /**
     * Words that open a list of items, each named before its own verb: "… như dầu thô đạt …", "gồm:", "Một số
     * mặt hàng giảm sút hơn so với cùng kỳ là xe đạp và phụ tùng giảm gần 30%".
     */
    private static final Pattern LIST_INTRODUCER = Pattern.compile("(?iu)(?<![\\p{L}])(?:như|gồm|bao gồm|có|là)(?![\\p{L}])\\s*:?|:");

    /** Words after a verb that say what kind of number follows, not what it measures. */
    private static final Pattern MEASURE_WORD = Pattern.compile("(?iu)(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|mức|con số|tổng mức|tổng số|quy mô)");

    /** How a figure compares, said between two verbs ("còn thấp xa so với …"): a predicate, not a name. */
    private static final Pattern COMPARATIVE = Pattern.compile("(?iu)(?:thấp|cao|xa|nhiều|ít|mạnh|chậm|nhanh|khá|tốt)(?![\\p{L}])");

    /** "Tính đến ngày 15/3 các tỉnh miền Nam đã gieo cấy …": the date a clause opens on is no part of its subject. */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "(?iu)^[\\s,]*(?:tính\\s+)?(?:đến|tới|từ)\\s+(?:hết\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?[\\s,]*");

    /** "Do lượng đường sản xuất bị giảm … nên giá đường … tăng đột biến": the cause is no part of the subject. */
    private static final Pattern LEADING_CAUSE = Pattern.compile("(?iu)^[\\s,]*(?:do|vì|nhờ)\\s[^,;:]*?\\snên\\s+");

    private static final Pattern LEADING_COMPARISON = Pattern.compile(
            "(?iu)^[\\s,;]*(?:(?:so với|so)\\s+(?:cùng kỳ(?:\\s+năm trước)?|đầu năm|cuối năm|kế hoạch|KH|năm trước|tháng trước|kỳ trước|quý trước)(?:\\s+năm\\s+\\d{4})?)?[\\s,;]*(?:và|hoặc|còn)?\\s*");

    /** The text after the last number (and its unit) of a segment: what the next number is about. */
    private static String afterLastQuantity(String segment) {
        int last = -1;
        for (int i = 0; i < segment.length(); i++) {
            if (Character.isDigit(segment.charAt(i)) && !startsTimePhrase(segment, i)) {
                last = i;
            }
        }
        if (last < 0) {
            return segment;
        }
        int j = last;
        while (j < segment.length() && !Character.isWhitespace(segment.charAt(j))) {
            j++;
        }
        var unit = UnitLexicon.match(segment, j);
        if (unit.isPresent()) {
            j = unit.get().end();
        }
        return segment.substring(Math.min(j, segment.length()));
    }

    /** The noun right after a measure's unit, up to a verb, a connective or punctuation; null if none. */
    private static String measuredNoun(String text, int end) {
        String t = phraseAt(MEASURED_NOUN, text, end);
        return t == null || !hasWord(t) || t.split("\\s+").length > 5 ? null : t;
    }

    /** Lower-case words after a unit, stopping at what cannot be part of the measured noun. */
    private static final Pattern MEASURED_NOUN = Pattern.compile(
            "(?u)\\s+((?:(?!(?:so|với|và|của|là|được|đã|đang|tăng|giảm|đạt|chiếm|bằng|trong|trên|dưới|từ|đến|tới|năm|tháng|"
            + "trở|cho|tại|do|vào|theo|khoảng|thì|nhưng|còn|mỗi|bình|tương|cao|thấp|so với)(?![\\p{L}]))\\p{Ll}[\\p{L}\\p{M}]*\\s?){1,5})"
            + "(?=$|[\\s,;.:()])");

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
        for (int i = 1; i < phrase.length(); i++) {
            if (Character.isDigit(phrase.charAt(i))) {
                phrase = phrase.substring(0, i);
                break;
            }
        }
        // the noun ends where a comparison, a connective or the next verb begins ("59 vụ so với cùng kỳ")
        Matcher end = COUNTED_PHRASE_END.matcher(phrase);
        if (end.find()) {
            phrase = phrase.substring(0, end.start());
        }
        phrase = phrase.replaceAll("(?iu)\\s+(?:và|với|so với|so|tăng|giảm|đạt|chiếm|của)\\s*$", "");
        String words = phrase.strip();
        String[] w = words.split("\\s+");
        if (w.length > 10) {
            words = String.join(" ", Arrays.copyOf(w, 10));
        }
        return words.isEmpty() ? null : words;
    }

    /** Verbs of allocating money, with the aspect words before them. */
    private static final String ALLOCATING_ASPECT = "(?:(?:đã|được|sẽ|đã được|sẽ được)\\s+)?";
    private static final String ALLOCATING = "bố trí|phân bổ|cấp|hỗ trợ|bổ sung|giao";
    /** A subject that is only a verb of allocating money, with its aspect: "Bố trí", "đã cấp", "được hỗ trợ". */
    private static final Pattern ALLOCATION_ONLY = Pattern.compile(
            "(?iu)^" + ALLOCATING_ASPECT + "(?:" + ALLOCATING + "|chi|cho vay)$");
    /** A verb of allocating right before the money: "được bố trí", "sẽ được cấp khoảng", "đã phân bổ". */
    private static final Pattern ALLOCATED_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(" + ALLOCATING_ASPECT + "(" + ALLOCATING + "))"
            + "\\s+(?:(?:khoảng|gần|trên|hơn|tổng cộng|tổng số|với tổng số)\\s+)?$");
    /** What allocated money goes to: "cho dự án đường giao thông …", "để thực hiện 03 dự án …". */
    private static final Pattern ALLOCATED_FOR = Pattern.compile(
            "(?iu)\\s*((?:cho|để)\\s+[^,;:.()\\d]{3,}?)(?=\\s*[,;:.()]|\\s+\\d|$)");

    /** What may stand before a share that opens its clause: "Đến nay, 100% các đơn vị …". */
    private static final Pattern BEFORE_OPENING_SHARE = Pattern.compile(
            "(?iu)^[\\s-]*(?:(?:đến nay|hiện nay|hiện|có|tất cả)\\s*,?\\s*)?$");
    /** The things a share is of and what was done with them, up to the clause's end. */
    private static final Pattern SHARE_OF = Pattern.compile(
            "(?iu)^\\s+((?!(?:so|với|kế hoạch|dự toán|trở lên|trở xuống|tổng|của|trên|trong|là|đạt|tăng|giảm|và|chỉ tiêu|"
            + "cùng kỳ|mục tiêu|năm|tháng|quý|đến|từ|ở|tại)(?![\\p{L}]))\\p{Ll}[\\p{L}\\p{N}\\s-]*?)(?=\\s*[,;.:()“\"]|$)");

    /**
     * A share that opens its clause is of the things named after it, and of what was done with them: "100% vốn
     * kế hoạch năm 2006 đã giao cho các chủ đầu tư", "Đến nay, 100% các đơn vị đã triển khai Hệ thống
     * e-office"; null when the share does not open its clause or no such phrase follows it.
     */
    private static String shareThatOpensItsClause(String text, QuantityMention q) {
        if (!BEFORE_OPENING_SHARE.matcher(text.substring(clauseStart(text, q.numberStart), q.numberStart)).matches()) {
            return null;
        }
        Matcher m = SHARE_OF.matcher(text);
        m.region(Math.min(q.end, text.length()), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String[] words = m.group(1).strip().split("\\s+");
        return words.length < 2 ? null : tidy(String.join(" ", Arrays.copyOf(words, Math.min(words.length, 10))));
    }

    /** Between two measures of one subject: "… 64,2 triệu tấn hàng và gần 13,4 tỷ TKm" (a noun of the first, và, a hedge). */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?iu)^\\s*(?:\\p{L}+\\s+)?và\\s+(?:gần|khoảng|trên|hơn|dưới|xấp xỉ|đạt)?\\s*$");
    /** Bodies and places a report counts by what they did ("62/64 tỉnh, thành phố đã triển khai …"). */
    private static final Pattern COUNTED_BODIES = Pattern.compile(
            "(?iu)^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đơn vị|bộ|ngành|cơ quan|sở|địa phương)(?![\\p{L}])");
    /** What may stand before such a count in its clause, the count still its subject. */
    private static final Pattern BEFORE_COUNTED_SUBJECT = Pattern.compile(
            "(?iu)^\\s*(?:(?:đến nay|hiện nay|hiện|tính đến nay)\\s+)?(?:có|còn|tất cả|toàn bộ|cả)?\\s*$");
    /** The rest of a list of bodies after the count's noun: ", thị xã", ", thành phố", ", ngành". */
    private static final Pattern MORE_BODIES = Pattern.compile(
            "(?iu)^(?:\\s*,\\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|ngành|đơn vị|địa phương))+");
    /** A predicate: words up to the clause's end, not a connective or a preposition that continues the noun. */
    private static final Pattern PREDICATE = Pattern.compile(
            "(?iu)^\\s+((?!(?:và|với|của|trên|trong|thuộc|là|so|tại|ở|như)(?![\\p{L}]))\\p{Ll}[\\p{L}\\s-]*?)(?=\\s*[,;.:()]|\\s+và\\s+\\d|\\s+nhưng\\s|$)");

    /**
     * What a count of bodies or places that opens its clause did: "Tất cả 7 huyện, thị xã đã thành lập hội đồng
     * khoa học và công nghệ" → "đã thành lập hội đồng khoa học và công nghệ"; null when the count is not the
     * subject or no predicate follows its noun.
     */
    private static String predicateOfCountedBodies(String text, QuantityMention q, String counted) {
        if (!COUNTED_BODIES.matcher(counted).find() || counted.split("\\s+").length > 2
                || !BEFORE_COUNTED_SUBJECT.matcher(text.substring(clauseStart(text, q.numberStart), q.numberStart)).matches()) {
            return null;
        }
        int at = TextFold.fold(text).indexOf(TextFold.fold(counted), q.numberStart);
        if (at < 0) {
            return null;
        }
        String rest = text.substring(at + counted.length());
        Matcher more = MORE_BODIES.matcher(rest);
        String list = "";
        if (more.lookingAt()) {
            list = more.group();
            rest = rest.substring(more.end());
        }
        Matcher p = PREDICATE.matcher(rest);
        if (!p.lookingAt()) {
            return null;
        }
        String[] words = p.group(1).strip().split("\\s+");
        return words.length < 2 ? null : (list + " " + String.join(" ", Arrays.copyOf(words, Math.min(words.length, 10)))).strip();
    }

    /** Where a counted noun ends: a comparison, or the document it is counted by ("72 dự án … theo Quyết định số …"). */
    private static final Pattern COUNTED_PHRASE_END = Pattern.compile(
            "(?iu)\\s(?:so với|so|theo\\s+(?:" + DocumentKinds.alternation("cited") + "))(?![\\p{L}])");

    /** "6 tháng đầu năm 2024", "năm 2023": digits of a period, not of a quantity. */
    private static boolean startsTimePhrase(String segment, int i) {
        Matcher t = TIME_PHRASE.matcher(segment);
        while (t.find()) {
            if (t.start() <= i && t.end() > i) {
                return true;
            }
            if (t.start() > i) {
                break;
            }
        }
        Matcher y = YEAR_OR_PERIOD.matcher(segment);
        while (y.find()) {
            if (y.start() <= i && y.end() > i) {
                return true;
            }
        }
        return false;
    }

    /** Years, periods and dates inside a subject ("6 tháng/2023", "2023-2024", "ngày 24 tháng 6 năm 2024"). */
    private static final Pattern YEAR_OR_PERIOD = Pattern.compile(
            "(?iu)(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)|\\d+\\s+tháng\\s*/\\s*\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|"
            + "ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}|tháng\\s+\\d{1,2}(?:/\\d{4})?|quý\\s+[IV]+|khóa\\s+[IVX]+|lần thứ\\s+\\w+|"
            + "\\d+\\s+năm(?!\\s+\\d)|(?:niên\\s+)?vụ\\s+\\d{2,4}\\s*/\\s*\\d{2,4}");

    /** A row label's unit in parentheses is the figure's unit, not part of what it measures: "GDP (nghìn tỷ đồng)". */
    private static String withoutRowUnit(String t) {
        return UnitLexicon.labelled(t).map(UnitLexicon.Labelled::label)
                .orElse(t);
    }

    private static final Pattern TRAILING_COMPARATOR = Pattern.compile(
            "(?iu)(?:\\s*(?<![\\p{L}])(?:dưới|trên|hơn|gần|khoảng|đến|tới|từ|lên|ở mức|chỉ|đều|vẫn|cũng)){1,3}$");

    static String tidy(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        t = LEADING_NOISE.matcher(t).replaceFirst("");
        t = t.replaceFirst("^(?:[\\d.,%\\s]+(?:và|hoặc)?\\s*)+", "");
        t = TIME_PHRASE.matcher(t).replaceAll(" ").strip();
        t = t.replaceAll("[\\s,;:(–-]+$", "").replaceAll("^[\\s,;:)–-]+", "").strip();
        t = withoutRowUnit(t.replaceAll("[\\s|]+$", ""));
        t = t.replaceAll("\\s+", " ");
        // "quy mô dưới 500 ha", "lên đến trên 322 USD/tấn": the comparator belongs to the number
        t = TRAILING_COMPARATOR.matcher(t).replaceFirst("");
        return t.isEmpty() ? null : t;
    }
}
