package io.baocao.extract.quantity;

import io.baocao.extract.text.TextFold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a percentage plays, read from the verb before it and the reference after it: growth
 * ({@code tăng 5,73% so với cùng kỳ}), attainment ({@code đạt 47,57% kế hoạch}), share ({@code chiếm
 * 8,63%}), rate ({@code tỷ lệ … 0,09%}, a bare {@code đạt 99,65%}) or points ({@code 0,2 điểm %}).
 */
final class PercentageRole {
    record Role(String role, String basis) {
    }

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
        String before = TextFold.fold(text.substring(Math.max(0, q.numberStart - 50), q.numberStart));
        String near = lastWords(before, 4);
        String afterRaw = text.substring(q.end, Math.min(text.length(), q.end + 80));
        String after = TextFold.fold(afterRaw);
        String clause = clauseBefore(before);
        String sentence = TextFold.fold(sentenceBefore(text, q.numberStart));

        if (near.matches(".*\\bchiem( khoang| gan| hon| tren)?$") || near.matches(".*\\btuong ung( la)?:?$")
                && clause.contains("co cau")) {
            return new Role("share", null);
        }
        if (near.matches(".*\\bvuot( khoang| hon| tren)?$")) {
            q.change = "increase";
            return new Role("attainment", basis(afterRaw));
        }
        if (q.change != null && near.matches(".*\\b(tang|giam|cao hon|thap hon|nhieu hon|it hon|tang them|giam them)"
                + "( uoc| khoang| hon| them| duoc| len| xuong| gan| tren| binh quan| la| dat| tu| muc)*$")) {
            return new Role("growth", growthBasis(afterRaw));
        }
        if (near.matches(".*\\b(dat|bang|dat duoc|dat khoang|dat tren|dat gan|dat hon|dat ty le|dat ti le|uoc dat|dat muc)$")) {
            if (after.matches("^\\s*(so voi|so) cung ky.*")) {
                if ((q.value != null && q.value < 30) && (clause.contains("chi so") || clause.contains("tang truong"))) {
                    q.change = "increase";
                    return new Role("growth", "cùng kỳ");
                }
                return new Role("attainment", "cùng kỳ");
            }
            if (REFERENCE_AMOUNT.matcher(after).find() && !after.matches("^\\s*(so voi|so)\\s*$")) {
                return new Role("attainment", basis(afterRaw));
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
        if (REFERENCE_AMOUNT.matcher(after).find() && after.matches("^\\s*(ke hoach|kh\\b|chi tieu|du toan|nq\\b).*")) {
            return new Role("attainment", basis(afterRaw));
        }
        if (after.matches("^\\s*\\p{L}.*") && !after.matches("^\\s*(va|hoac|den|tro|so|la|thi|cua|nam|duoc|cho|gom|tai|trong|tren|o|voi)\\b.*")) {
            return new Role("share", null);
        }
        return new Role("rate", null);
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
