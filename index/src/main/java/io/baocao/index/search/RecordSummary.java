package io.baocao.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.index.SearchHit;
import java.io.IOException;

/** The one line that says what a record hit holds: its value, unit, role and metric, or its reference. */
public final class RecordSummary {
    private RecordSummary() {
    }

    /** The summary of a record hit, {@code null} for a passage or a type with nothing to say. */
    public static String of(SearchHit h) throws IOException {
        if (h.recordJson() == null) {
            return null;
        }
        JsonNode r = RecordJson.MAPPER.readTree(h.recordJson());
        return switch (h.type()) {
            case "figure", "percentage" -> {
                String v = r.hasNonNull("value") ? r.get("value").asText()
                        : r.hasNonNull("low") ? r.get("low").asText() + "–" + r.get("high").asText() : "?";
                String unit = r.hasNonNull("unit") ? " " + r.get("unit").asText() : h.type().equals("percentage") ? "%" : "";
                String target = r.hasNonNull("target") ? " of " + r.get("target").asText() : "";
                String role = r.hasNonNull("role") ? " (" + r.get("role").asText() + ")" : "";
                String metric = r.hasNonNull("metric") ? "  " + r.get("metric").asText() : "";
                yield v + target + unit + role + metric;
            }
            case "reference" -> text(r, "kind") + " " + text(r, "number") + (r.hasNonNull("issued") ? " of " + r.get("issued").asText() : "");
            case "status" -> text(r, "status") + ": " + Snippet.clip(text(r, "subject"), 100);
            case "document" -> text(r, "kind") + " " + text(r, "number") + " " + text(r, "issued");
            default -> null;
        };
    }

    private static String text(JsonNode r, String f) {
        return r.hasNonNull(f) ? r.get(f).asText() : "";
    }
}
