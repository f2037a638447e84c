package io.baocao.extract.quantity;

import java.util.regex.Pattern;

/**
 * A value given in parentheses for an earlier period, after the value it is compared with: {@code tăng 14,4%
 * (cùng kỳ 2004 đạt 15,6%; 2003: 15,1%)}, {@code (kế hoạch 16%)}. Such a value measures what the number before it
 * measures, in the same role: the metric and the role readers both ask here.
 */
final class EarlierPeriod {
    /** The period opening the parenthesis. */
    private static final Pattern OPENING = Pattern.compile(
            "(?iu)^\\s*(?:cả năm \\d{4}|cùng kỳ|cùng thời điểm|năm \\d{4}|năm trước|quý [IVX\\d]+|tháng \\d+|kỳ trước|kế hoạch|KH\\b|\\d{4}\\b)");

    private EarlierPeriod() {
    }

    /** Whether the number at {@code pos} stands in such a parenthesis (opened at most 60 characters before). */
    static boolean inParenthesisBefore(String text, int pos) {
        int open = text.lastIndexOf('(', pos);
        if (open < 0 || pos - open > 60 || text.lastIndexOf(')', pos) > open) {
            return false;
        }
        return OPENING.matcher(text.substring(open + 1, pos)).find();
    }
}
