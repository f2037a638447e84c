package io.baocao.index.search;

import io.baocao.extract.grammar.VietnameseNumber;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * The words and number style a reader sees. Vietnamese (the default) writes numbers as the reports do
 * ({@code 2.029,859}, {@code 34,64%}) and names roles and statuses as they do ({@code tăng}, {@code đã
 * hoàn thành}); English ({@code --lang en}) uses English labels and {@code 2,029.859}. JSON output keeps
 * numbers as numbers and the English keys of docs/RECORDS.md; these are for people.
 */
public enum Lang {
    VI, EN;

    private static final Map<String, String[]> STATUS = Map.of(
            "done", new String[] {"đã hoàn thành", "done"},
            "in_progress", new String[] {"đang thực hiện", "in progress"},
            "not_started", new String[] {"chưa thực hiện", "not started"},
            "met", new String[] {"đạt", "met"},
            "exceeded", new String[] {"vượt", "exceeded"},
            "mostly_met", new String[] {"cơ bản đạt", "mostly met"},
            "not_met", new String[] {"chưa đạt", "not met"},
            "pending", new String[] {"chờ đánh giá", "to be judged"});

    private static final Map<String, String[]> TYPE = Map.of(
            "passage", new String[] {"đoạn văn", "passage"},
            "document", new String[] {"văn bản", "document"},
            "figure", new String[] {"số liệu", "figure"},
            "percentage", new String[] {"tỷ lệ", "percentage"},
            "reference", new String[] {"văn bản dẫn", "reference"},
            "status", new String[] {"tình trạng", "status"});

    public static Lang of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }

    private String pick(Map<String, String[]> words, String key) {
        String[] w = key == null ? null : words.get(key);
        return w == null ? key : w[ordinal()];
    }

    /** A status key ({@code done}) as the reader says it ({@code đã hoàn thành}). */
    public String status(String key) {
        return pick(STATUS, key);
    }

    /** A record type ({@code figure}) as the reader says it ({@code số liệu}). */
    public String type(String key) {
        return pick(TYPE, key);
    }

    /** A number as the reader writes it: {@code 2.029,859} in Vietnamese, {@code 2,029.859} in English. */
    public String number(BigDecimal value) {
        if (this == VI) {
            return VietnameseNumber.format(value);
        }
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(value.stripTrailingZeros());
    }

    /** Labels of the printed results. */
    public String label(String key) {
        return switch (key) {
            case "year unknown" -> this == VI ? "không rõ năm" : "year unknown";
            case "hits" -> this == VI ? "kết quả" : "hit(s)";
            case "sectors" -> this == VI ? "theo lĩnh vực" : "by sector";
            case "no hits" -> this == VI ? "không tìm thấy" : "no hits for";
            case "partial" -> this == VI ? "(thiếu một số từ đã gõ)" : "(partial: not every word)";
            case "page" -> this == VI ? "tr." : "p.";
            case "of" -> this == VI ? "ngày" : "of";
            default -> key;
        };
    }
}
