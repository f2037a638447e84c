package io.baocao.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.index.SearchHit;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one line that says what a record hit holds, in the reader's conventions: {@code 2.029,859/5.860,4
 * tỷ đồng}, {@code tăng 5,73% so với cùng kỳ}, {@code giảm 2,8%}, {@code đạt 34,64% kế hoạch}, {@code
 * Nghị quyết 42/NQ-HĐND ngày 08/12/2023}, {@code đã hoàn thành: …}.
 */
public final class RecordSummary {
    private RecordSummary() {
    }

    /** The summary of a record hit in Vietnamese, {@code null} for a passage. */
    public static String of(SearchHit h) throws IOException {
        return of(h, Lang.VI);
    }

    /** The summary of a record hit, {@code null} for a passage or a type with nothing to say. */
    public static String of(SearchHit h, Lang lang) throws IOException {
        if (h.recordJson() == null) {
            return null;
        }
        JsonNode r = RecordJson.MAPPER.readTree(h.recordJson());
        String metric = r.hasNonNull("metric") ? "  " + r.get("metric").asText() : "";
        return switch (h.type()) {
            case "figure" -> figure(r, lang) + metric;
            case "percentage" -> percentage(r, lang) + metric;
            case "reference", "document" -> document(r, lang, 100);
            case "status" -> lang.status(text(r, "status")) + ": " + Snippet.clip(text(r, "subject"), 100);
            default -> null;
        };
    }

    /** A document as a reader names it: {@code Báo cáo 320/BC-UBND ngày 15/11/2024}; unnumbered, by its name. */
    public static String document(JsonNode r, Lang lang, int width) {
        StringBuilder sb = new StringBuilder(text(r, "kind"));
        if (r.hasNonNull("number")) {
            sb.append(' ').append(r.get("number").asText());
        } else if (r.hasNonNull("subject")) {
            sb.append(' ').append(Snippet.clip(r.get("subject").asText(), width));
        } else if (r.hasNonNull("title")) {
            sb.append(' ').append(Snippet.clip(r.get("title").asText(), width));
        } else if (r.hasNonNull("raw")) {
            sb.setLength(0);
            sb.append(Snippet.clip(r.get("raw").asText(), width));
        }
        String date = date(r, lang);
        if (date != null) {
            sb.append(' ').append(lang.label("of")).append(' ').append(date);
        }
        return sb.toString().strip();
    }

    private static String date(JsonNode r, Lang lang) {
        if (!r.hasNonNull("issued")) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(r.get("issued").asText());
            return lang == Lang.VI ? String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                    : d.toString();
        } catch (DateTimeParseException e) {
            return r.get("issued").asText();
        }
    }

    private static String figure(JsonNode r, Lang lang) {
        String unit = r.hasNonNull("unit") ? " " + r.get("unit").asText() : "";
        return change(r, lang) + amount(r, lang) + unit;
    }

    private static String percentage(JsonNode r, Lang lang) {
        String amount = amount(r, lang) + "%";
        String basis = r.hasNonNull("basis") ? " " + r.get("basis").asText() : "";
        String role = text(r, "role");
        if (lang == Lang.EN) {
            return switch (role) {
                case "growth" -> ("decrease".equals(text(r, "change")) ? "down " : "up ") + amount + basis;
                case "points" -> amount(r, lang) + " percentage points";
                case "" -> amount;
                default -> amount + " (" + role + ")" + basis;
            };
        }
        return switch (role) {
            case "growth" -> ("decrease".equals(text(r, "change")) ? "giảm " : "tăng ") + amount
                    + (basis.isEmpty() ? "" : " so với" + basis);
            case "attainment" -> "đạt " + amount + basis;
            case "share" -> "chiếm " + amount;
            case "rate" -> amount;
            case "points" -> amount(r, lang) + " điểm %";
            default -> amount;
        };
    }

    /** The number, its target after a slash, or its range; approximations and bounds as words. */
    private static String amount(JsonNode r, Lang lang) {
        String v;
        if (r.hasNonNull("value")) {
            v = num(r.get("value"), lang);
            if (r.hasNonNull("target")) {
                v += "/" + num(r.get("target"), lang);
            }
        } else if (r.hasNonNull("low") && r.hasNonNull("high")) {
            v = num(r.get("low"), lang) + "–" + num(r.get("high"), lang);
        } else {
            v = "?";
        }
        String comparator = switch (text(r, "comparator")) {
            case ">" -> lang == Lang.VI ? "trên " : "over ";
            case ">=" -> lang == Lang.VI ? "từ " : "at least ";
            case "<" -> lang == Lang.VI ? "dưới " : "under ";
            case "<=" -> lang == Lang.VI ? "tối đa " : "at most ";
            default -> "";
        };
        String approx = r.path("approx").asBoolean(false) ? approximately(r, lang) + " " : "";
        return approx + comparator + v;
    }

    /** The word the report used for an approximation ({@code trên 25%} stays {@code trên}), else khoảng. */
    private static String approximately(JsonNode r, Lang lang) {
        if (lang == Lang.EN) {
            return "about";
        }
        String raw = text(r, "raw").toLowerCase(java.util.Locale.ROOT);
        for (String w : new String[] {"khoảng", "gần", "hơn", "trên"}) {
            if (raw.startsWith(w + " ")) {
                return w;
            }
        }
        return "khoảng";
    }

    private static String change(JsonNode r, Lang lang) {
        return switch (text(r, "change")) {
            case "increase" -> lang == Lang.VI ? "tăng " : "up ";
            case "decrease" -> lang == Lang.VI ? "giảm " : "down ";
            default -> "";
        };
    }

    private static String num(JsonNode n, Lang lang) {
        return lang.number(n.decimalValue());
    }

    private static String text(JsonNode r, String f) {
        return r.hasNonNull(f) ? r.get(f).asText() : "";
    }
}
