package io.baocao.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordType;
import io.baocao.extract.text.TextFold;
import java.util.Set;

/**
 * The matching rules of docs/RECORDS.md: when an output record and a gold record of the same document
 * and type are the same record, and how each further field is judged on a matched pair.
 */
public final class Matching {
    /** Canonical units compare exactly; any other unit is a counted noun, compared by its first syllable. */
    static final Set<String> CANONICAL_UNITS = Set.of("đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "nghìn tỷ đồng",
            "USD", "nghìn USD", "triệu USD", "tỷ USD", "ha", "km", "m", "m2", "m3", "km2", "tấn", "nghìn tấn", "kWh",
            "triệu kWh", "giường", "lượt", "người", "lao động", "hộ", "xã", "dự án", "công trình", "doanh nghiệp",
            "hồ sơ", "vụ", "trường hợp");

    /** Gold fields that are used for matching or are notes, never scored as field accuracy. */
    static final Set<String> NOT_SCORED = Set.of("type", "doc", "text", "section", "note", "class", "raw", "value",
            "target", "previous", "low", "high", "key", "metric", "number", "unit");

    private Matching() {
    }

    /** Whether {@code out} is the record {@code gold} describes. */
    public static boolean matches(String type, JsonNode gold, JsonNode out) {
        return switch (RecordType.of(type)) {
            case FIGURE -> sameUnit(text(gold, "unit"), text(out, "unit")) && sameNumber(gold, out, "value")
                    && optionalNumbers(gold, out, "target", "previous", "low", "high");
            case PERCENTAGE -> sameNumber(gold, out, "value") && optionalNumbers(gold, out, "target", "low", "high");
            case REFERENCE -> gold.hasNonNull("number")
                    ? out.hasNonNull("number") && squash(text(gold, "number")).equals(squash(text(out, "number")))
                    : !out.hasNonNull("number") && contains(text(out, "subject") + " | " + text(out, "raw"), text(gold, "subject"));
            case STATUS -> text(gold, "status").equals(text(out, "status"))
                    && contains(text(out, "subject") + " | " + text(out, "text"), text(gold, "key"));
            case DOCUMENT -> text(gold, "kind").equalsIgnoreCase(text(out, "kind"))
                    && squash(text(gold, "number")).equals(squash(text(out, "number")));
        };
    }

    /**
     * Whether a further field the gold states is right on a matched pair; null when the field is not
     * judged (not stated, or not applicable to this output, such as a page of a format without pages).
     */
    public static Boolean fieldCorrect(String field, JsonNode gold, JsonNode out) {
        JsonNode g = gold.get(field);
        if (g == null || NOT_SCORED.contains(field)) {
            return null;
        }
        JsonNode o = out.get(field);
        switch (field) {
            case "metric_key" -> {
                String metric = TextFold.foldWords(text(out, "metric"));
                for (String w : TextFold.foldWords(g.asText()).split(" ")) {
                    if (!(" " + metric + " ").contains(" " + w + " ")) {
                        return false;
                    }
                }
                return true;
            }
            case "page" -> {
                if (o == null || o.isNull()) {
                    return null;
                }
                return g.asInt() == o.asInt();
            }
            case "partners" -> {
                if (!g.isArray()) {
                    return null;
                }
                String all = o == null ? "" : o.toString();
                for (JsonNode p : g) {
                    if (!contains(all, p.asText())) {
                        return false;
                    }
                }
                return true;
            }
            case "issued", "as_of", "role", "change", "status", "comparator", "period", "kind" -> {
                if (g.isNull()) {
                    return o == null || o.isNull();
                }
                return o != null && !o.isNull() && TextFold.foldWords(g.asText()).equals(TextFold.foldWords(o.asText()));
            }
            case "approx", "draft" -> {
                return g.asBoolean() == (o != null && o.asBoolean());
            }
            case "year", "pages" -> {
                if (g.isNull()) {
                    return o == null || o.isNull();
                }
                return o != null && o.isNumber() && o.asInt() == g.asInt();
            }
            default -> {
                if (g.isNull()) {
                    return o == null || o.isNull();
                }
                if (o == null || o.isNull()) {
                    return false;
                }
                String a = TextFold.foldWords(g.isTextual() ? g.asText() : g.toString());
                String b = TextFold.foldWords(o.isTextual() ? o.asText() : o.toString());
                return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
            }
        }
    }

    static boolean sameUnit(String gold, String out) {
        if (gold.equals(out)) {
            return true;
        }
        if (CANONICAL_UNITS.contains(gold) && CANONICAL_UNITS.contains(out)) {
            return false;
        }
        return firstSyllable(gold).equals(firstSyllable(out)) && !gold.isEmpty();
    }

    private static String firstSyllable(String unit) {
        String f = TextFold.fold(unit).strip();
        int i = 0;
        while (i < f.length() && Character.isLetterOrDigit(f.charAt(i))) {
            i++;
        }
        return f.substring(0, i);
    }

    private static boolean sameNumber(JsonNode gold, JsonNode out, String field) {
        JsonNode g = gold.get(field);
        JsonNode o = out.get(field);
        boolean gNull = g == null || g.isNull();
        boolean oNull = o == null || o.isNull();
        if (gNull || oNull) {
            return gNull && oNull;
        }
        return close(g.asDouble(), o.asDouble());
    }

    private static boolean optionalNumbers(JsonNode gold, JsonNode out, String... fields) {
        for (String f : fields) {
            if (gold.hasNonNull(f) && !sameNumber(gold, out, f)) {
                return false;
            }
        }
        return true;
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || a == b;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Folded, punctuation-free containment: how phrases are compared. */
    static boolean contains(String haystack, String needle) {
        String n = TextFold.foldWords(needle);
        return !n.isEmpty() && (" " + TextFold.foldWords(haystack) + " ").contains(" " + n + " ");
    }
}
