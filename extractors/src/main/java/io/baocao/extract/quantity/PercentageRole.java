package io.baocao.extract.quantity;

import io.baocao.extract.text.TextFold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a percentage plays, read from the verb before it and the reference after it: growth
 * ({@code tăng 5,73% so với cùng kỳ}), attainment ({@code đạt 47,57% kế hoạch}), share ({@code chiếm
 * 8,63%}), rate ({@code tỷ lệ … 0,09%}, a bare {@code đạt 99,65%}) or points ({@code 0,2 điểm %}).
 */
public final class PercentageRole {
    /**
     * {@code cued} is false when no word around the number says what it is (a bare {@code Đà Nẵng 229%} in a
     * list, a value in parentheses after a period): such a number plays the role of the one before it.
     */
    record Role(String role, String basis, boolean cued) {
        Role(String role, String basis) {
            this(role, basis, true);
        }
    }

    /** Words that make a clause's subject a growth rate: {@code tốc độ tăng trưởng … đạt 11,3%}. */
    private static final Pattern GROWTH_SUBJECT = Pattern.compile(
            "\\b(tang truong|toc do tang|muc tang|toc do phat trien)\\b");
    /** An amount or a fraction of amounts right before the verb: {@code 1,105 tỷ đồng, đạt 3,7%}, {@code 108/197,704 tỷ đồng (54,63%)}. */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "\\d[\\d.,]*(/[\\d.,]+)?\\s+(ty|trieu|nghin|ngan)?\\s*(dong|usd)\\s*[,(]?\\s*(uoc |chi |moi )?(dat|bang|\\()?\\s*$");

    private static final Pattern REFERENCE_AMOUNT = Pattern.compile(
            "^\\s*(?:so voi |so |cua |trong )?(ke hoach|kh\\b|chi tieu|du toan|nq\\b|nghi quyet|gia tri hop dong|tong|muc tieu|"
            + "cung ky|dau nam|nam \\d{4}|nam truoc|ky truoc|thang truoc|quy truoc|kich ban|von|yeu cau|nhu cau|dinh muc|"
            + "gia tri|so voi|so)");
    private static final Pattern BASIS_TEXT = Pattern.compile(
            "^\\s*((?:so với |so |của )?[^,;.()]{1,60})");
    private static final Pattern GROWTH_BASIS = Pattern.compile(
            "^\\s*(?:so với|so)\\s+((?:cùng kỳ(?: năm (?:\\d{4}|trước))?)|đầu năm|năm \\d{4}|năm trước|cuối năm \\d{4}|kỳ trước|[^,;.()]{1,30})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PercentageRole() {
    }

    static Role of(String text, QuantityMention q) {
        if (q.kind == io.baocao.extract.grammar.UnitLexicon.Kind.POINTS) {
            return new Role("points", null);
        }
        Role role = fromWordsAround(text, q);
        if (role.cued() && !"share".equals(role.role()) && EarlierPeriod.inParenthesisBefore(text, q.numberStart)) {
            // (cùng kỳ 2004 đạt 15,6%): the same measure for an earlier period plays the role of the one it follows
            return new Role(role.role(), role.basis(), false);
        }
        return role;
    }

    private static Role fromWordsAround(String text, QuantityMention q) {
        String before = TextFold.fold(text.substring(Math.max(0, q.numberStart - 50), q.numberStart));
        String near = lastWords(before, 4);
        String afterRaw = text.substring(q.end, Math.min(text.length(), q.end + 80));
        // "28,5% và 27,6% dự toán": both are of the reference written after the second
        afterRaw = afterRaw.replaceFirst("^\\s*(và|hoặc|,)\\s*\\d[\\d.,]*\\s*%", "");
        String after = TextFold.fold(afterRaw);
        String clause = clauseBefore(before);
        String sentence = TextFold.fold(sentenceBefore(text, q.numberStart));
        String phrase = phraseBefore(TextFold.fold(text.substring(Math.max(0, q.numberStart - 80), q.numberStart)));

        if (before.matches("(?s).*\\bchiem( ty trong| ty le)?( khoang| gan| hon| tren| la)?\\s*$") || near.matches(".*\\btuong ung( la)?:?$")
                && clause.contains("co cau")) {
            return new Role("share", null);
        }
        Matcher row = LABELLED_ROW.matcher(before);
        if (row.find()) {
            String label = row.group(1);
            String role = ofIndicator(label);
            return new Role(role, null, !"rate".equals(role) || label.matches(".*\\b(ty le|ti le)\\b.*"));
        }
        if (near.matches(".*\\bvuot( khoang| hon| tren)?$")) {
            q.change = "increase";
            return new Role("attainment", basis(afterRaw));
        }
        if (near.matches(".*\\b(tang|giam|len|xuong) tu$") && after.matches("^\\s*(len|xuong)( con| muc)? \\d.*")
                || near.matches(".*\\btu \\d[\\d.,]*\\s*% (len|xuong)( con| muc)?$")) {
            // giảm từ 40% xuống 20%: two levels of a rate, not the change between them
            return new Role("rate", null);
        }
        Matcher change = CHANGE_VERB.matcher(near);
        if (change.matches()) {
            if (q.change == null) {
                // tăng dưới 6,5%: a comparator between the verb and the number hides it from the scanner
                q.change = change.group(1).matches("tang.*|cao hon|nhieu hon") ? "increase" : "decrease";
            }
            return new Role("growth", growthBasis(afterRaw));
        }
        boolean planAfter = REFERENCE_AMOUNT.matcher(after).find() && after.matches("^\\s*(ke hoach|kh\\b|chi tieu|du toan|nq\\b).*");
        if (GROWTH_SUBJECT.matcher(phrase).find() && !planAfter && !clause.matches(".*\\b(ty le|ti le)\\b.*")) {
            return new Role("growth", growthBasis(afterRaw));
        }
        if (near.matches(".*\\b(dat|bang|dat duoc|dat khoang|dat tren|dat gan|dat hon|dat ty le|dat ti le|uoc dat|dat muc"
                + "|tuong duong|tuong duong voi|chi bang)$")) {
            if (after.matches("^\\s*(so voi|so) cung ky.*")) {
                if ((q.value != null && q.value < 30) && (clause.contains("chi so") || clause.contains("tang truong"))) {
                    q.change = "increase";
                    return new Role("growth", "cùng kỳ");
                }
                return new Role("attainment", "cùng kỳ");
            }
            if (near.matches(".*\\b(bang|tuong duong|tuong duong voi)$") && after.matches("^\\s*(gdp|grdp|tong|dien tich)\\b.*")) {
                // bằng 36,5% GDP, tương đương với 76% tổng giá trị: a part of a whole
                return new Role("share", null);
            }
            if (REFERENCE_AMOUNT.matcher(after).find() && !after.matches("^\\s*(so voi|so)\\s*$")) {
                return new Role("attainment", basis(afterRaw));
            }
            if (clause.matches(".*\\b(ty le|ti le|do bao phu)\\b.*")) {
                return new Role("rate", null);
            }
            if (AMOUNT_BEFORE.matcher(before).find()) {
                // 1,105 tỷ đồng, đạt 3,7%: the amount just given as a part of the one it is measured against
                return new Role("attainment", null);
            }
            if (near.matches(".*\\b(bang|tuong duong|tuong duong voi)$") && after.matches("^\\s*\\p{L}.*") && !after.matches(NOT_A_NOUN)) {
                // bằng 16,8% kim ngạch xuất khẩu: a level measured against the amount named after it
                return new Role("attainment", basis(afterRaw));
            }
            if (clauseBefore(sentence).matches(".*\\bso (voi )?cung ky\\b.*")) {
                // Một số sản phẩm giảm so với cùng kỳ: dầu thô đạt 98,1%
                return new Role("attainment", "cùng kỳ");
            }
            return new Role("rate", null);
        }
        if (clause.matches(".*\\b(ty le|ti le|do bao phu|muc do)\\b.*")) {
            return new Role("rate", null);
        }
        if (sentence.contains("co cau") && sentence.matches(".*\\btuong ung\\b.*") || clause.contains("co cau")
                || near.matches(".*\\b(trong do|tuong ung( la)?:?)$")) {
            return new Role("share", null);
        }
        if (after.matches("^\\s*(so voi|so) (cung ky|dau nam|nam|ky).*")) {
            return new Role("growth", growthBasis(afterRaw));
        }
        if (planAfter) {
            return new Role("attainment", basis(afterRaw));
        }
        if (FRACTION_BEFORE.matcher(before).find()) {
            // 108/197,704 tỷ đồng (54,63%): the ratio of the two amounts just given
            return new Role("attainment", null);
        }
        if (after.matches("^\\s*\\p{L}.*") && !after.matches(NOT_A_NOUN)) {
            return new Role("share", null);
        }
        return new Role("rate", null, false);
    }

    /** A verb of change and the words that may stand between it and its number: {@code tăng khoảng}, {@code giảm dưới}. */
    private static final Pattern CHANGE_VERB = Pattern.compile(".*\\b(tang|giam|cao hon|thap hon|nhieu hon|it hon|tang them|giam them)"
            + "( uoc| khoang| hon| them| duoc| len| xuong| gan| tren| duoi| binh quan| la| dat| tu| muc)*$");

    /** Words after a percentage that do not name what it is a part of. */
    private static final String NOT_A_NOUN =
            "^\\s*(va|hoac|den|tro|so|la|thi|cua|nam|duoc|cho|gom|tai|trong|tren|o|voi|ve|tu|nhung|con|cung|sau|truoc|de|nen|do|vi|khi|neu)\\b.*";

    /**
     * The role of a percentage from what its indicator is (a table row's label, or a prose line written as one:
     * {@code Thu NSNN so với dự toán (%) 23,2 25,8}).
     */
    private static final Pattern INDICATOR_BASIS = Pattern.compile("(?iu)\\bso\\s+với\\s+([^()]+?)\\s*(?:\\([^()]*\\))?\\s*[,.;:]?\\s*$");

    /**
     * What an indicator's percentages are of, when its label says so at its end ({@code Thu NSNN so với dự toán
     * (%)}: of the budget estimate; {@code Đầu tư xã hội so với GDP (%)}: of GDP).
     */
    public static String basisOfIndicator(String indicator) {
        Matcher m = INDICATOR_BASIS.matcher(indicator);
        if (!m.find()) {
            return null;
        }
        // a short noun phrase; a label that goes on with a verb (… so với tổng số xã … đạt) says more than its basis
        String basis = m.group(1).strip();
        boolean nounPhrase = basis.split("\\s+").length <= 6 && !TextFold.fold(basis).matches(".*\\b(dat|tang|giam|la|con)\\b.*");
        return nounPhrase ? basis : null;
    }

    public static String ofIndicator(String indicator) {
        String i = TextFold.fold(indicator);
        if (i.matches(".*\\b(toc do tang|tang truong|muc tang|muc giam|chi so gia)\\b.*")) {
            return "growth";
        }
        if (i.matches(".*\\bso (voi )?(du toan|ke hoach|kh|chi tieu|cung ky)\\b.*")) {
            return "attainment";
        }
        if (i.matches(".*\\b(co cau|khu vuc \\d|ty trong)\\b.*") || i.contains("/tong")
                || i.matches(".*\\bso (voi )?(gdp|grdp|tong)\\b.*")) {
            return "share";
        }
        return "rate";
    }

    /** A label with its unit in parentheses and the values of the row so far: {@code (7) Đầu tư xã hội so với GDP (%) 35 }. */
    private static final Pattern LABELLED_ROW = Pattern.compile(
            "(?:^|\\(\\d{1,2}\\)|[.;:]|\\d)\\s*([^();.:\\d][^();.:]{2,60}?),?\\s*\\(%\\)\\s*(?:-?\\d[\\d.,]*\\s+)*$");
    private static final Pattern FRACTION_BEFORE = Pattern.compile(
            "\\d[\\d.,]*/\\d[\\d.,]*\\s+(ty|trieu|nghin|ngan)?\\s*(dong|usd)\\s*\\(\\s*$");


    /** The words since the last comma, semicolon, colon or full stop: the phrase the number completes. */
    private static String phraseBefore(String folded) {
        int i = Math.max(Math.max(folded.lastIndexOf(','), folded.lastIndexOf(';')),
                Math.max(folded.lastIndexOf('.'), folded.lastIndexOf(':')));
        return i >= 0 ? folded.substring(i + 1) : folded;
    }

    private static String basis(String afterRaw) {
        Matcher m = BASIS_TEXT.matcher(afterRaw);
        if (!m.find()) {
            return null;
        }
        String b = m.group(1).strip();
        b = b.replaceFirst("(?iu)^(so với|so|của)\\s+", "");
        String[] words = b.split("\\s+");
        if (words.length > 8) {
            b = String.join(" ", java.util.Arrays.copyOf(words, 8));
        }
        b = b.replaceAll("(?iu)\\s+(và|tăng|giảm|đạt)(\\s.*)?$", "");
        return b.isBlank() ? null : b;
    }

    private static String growthBasis(String afterRaw) {
        Matcher m = GROWTH_BASIS.matcher(afterRaw);
        if (m.find()) {
            String b = m.group(1).strip();
            if (b.toLowerCase().startsWith("cùng kỳ")) {
                return "cùng kỳ";
            }
            return b;
        }
        return null;
    }

    private static String sentenceBefore(String text, int pos) {
        int i = text.lastIndexOf(". ", pos);
        return text.substring(i < 0 ? 0 : i + 1, pos);
    }

    private static String clauseBefore(String foldedBefore) {
        int i = Math.max(foldedBefore.lastIndexOf(';'), foldedBefore.lastIndexOf('.'));
        return i >= 0 ? foldedBefore.substring(i + 1) : foldedBefore;
    }

    private static String lastWords(String folded, int n) {
        String t = folded.stripTrailing();
        int count = 0;
        int i = t.length();
        while (i > 0 && count < n) {
            int j = t.lastIndexOf(' ', i - 1);
            String w = t.substring(j + 1, i);
            if (w.matches(".*[,;:.(].*") && count > 0) {
                break;
            }
            count++;
            i = j < 0 ? 0 : j;
            if (w.matches(".*[,;(].*")) {
                break;
            }
        }
        return t.substring(i).strip();
    }
}
