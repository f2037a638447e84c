package io.baocao.extract.quantity;

import io.baocao.extract.text.TextFold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a number that qualify it: an approximation ({@code khoảng}, {@code gần},
 * {@code hơn}, {@code trên}), a comparator ({@code ít nhất}, {@code dưới}, {@code >}, {@code từ … trở
 * lên}) and a change ({@code tăng}, {@code giảm}, {@code cao hơn}, {@code thấp hơn}). The same
 * {@code trên} is an approximation in a reported result and a comparator in a target.
 */
final class Qualifiers {
    private static final Pattern CHANGE = Pattern.compile(
            "(?:^|[\\s(,;:])(tang|giam|cao hon|thap hon|nhieu hon|it hon|tang them|giam them|vuot)"
            + "((?:\\s+(?:uoc|khoang|hon|them|duoc|len|xuong|gan|tren|xap xi|tuong ung|lan luot|binh quan|la|dat|muc|moi nam|tu))*)\\s*$");
    private static final Pattern APPROX = Pattern.compile("(?:^|[\\s(,;:])(khoang|gan|hon|tren|xap xi|uoc khoang)\\s*$");
    private static final Pattern AT_LEAST = Pattern.compile("(?:^|[\\s(,;:])(it nhat|toi thieu|khong duoi|khong thap hon|tu)\\s*$");
    private static final Pattern AT_MOST = Pattern.compile("(?:^|[\\s(,;:])(khong qua|khong vuot qua|toi da|khong cao hon)\\s*$");
    private static final Pattern BELOW = Pattern.compile("(?:^|[\\s(,;:])(duoi|thap hon)\\s*$");
    private static final Pattern TARGET_CONTEXT = Pattern.compile(
            "\\b(phan dau|phan dau|chi tieu|muc tieu|dam bao|bao dam|duy tri|de ra|yeu cau|phai dat|can dat|dinh huong)\\b");

    private Qualifiers() {
    }

    static void apply(String text, QuantityMention q) {
        int from = Math.max(0, q.numberStart - 60);
        String before = TextFold.fold(text.substring(from, q.numberStart));
        int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'));
        String clauseBefore = clause >= 0 ? before.substring(clause + 1) : before;
        String after = TextFold.fold(text.substring(q.end, Math.min(text.length(), q.end + 20)));

        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(">=") || trimmed.endsWith("≥")) {
            q.comparator = ">=";
        } else if (trimmed.endsWith("<=") || trimmed.endsWith("≤")) {
            q.comparator = "<=";
        } else if (trimmed.endsWith(">")) {
            q.comparator = ">";
        } else if (trimmed.endsWith("<")) {
            q.comparator = "<";
        }

        Matcher c = CHANGE.matcher(before);
        boolean change = c.find();
        if (change) {
            String verb = c.group(1);
            if (verb.equals("vuot")) {
                q.change = "increase";
            } else {
                q.change = verb.startsWith("tang") || verb.startsWith("cao") || verb.startsWith("nhieu")
                        ? "increase" : "decrease";
            }
        }
        if (q.comparator == null) {
            boolean target = TARGET_CONTEXT.matcher(clauseBefore).find();
            if (AT_LEAST.matcher(before).find() && (!before.stripTrailing().endsWith("tu") || after.contains("tro len"))) {
                q.comparator = ">=";
            } else if (after.matches("^\\s*tro len.*")) {
                q.comparator = ">=";
            } else if (after.matches("^\\s*tro xuong.*")) {
                q.comparator = "<=";
            } else if (AT_MOST.matcher(before).find()) {
                q.comparator = "<=";
            } else if (!change && BELOW.matcher(before).find()) {
                q.comparator = "<";
            } else {
                Matcher a = APPROX.matcher(before);
                if (a.find()) {
                    String w = a.group(1);
                    if (target && (w.equals("tren") || w.equals("hon"))) {
                        q.comparator = ">";
                    } else {
                        q.approx = Boolean.TRUE;
                    }
                }
            }
        }
    }
}
