package io.baocao.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.index.SearchHit;
import java.io.IOException;

/** A hit as one JSON object: where it is, what it is, its text and score, and the record's fields. */
public final class HitJson {
    private HitJson() {
    }

    public static ObjectNode of(SearchHit h) throws IOException {
        return of(h, null, Lang.VI);
    }

    /**
     * The hit with, besides its fields, {@code partial}, the document it is in ({@code document}: kind,
     * number, issued, as keys and ISO date) and {@code summary}, the line a person reads ({@code tăng 5,73%}),
     * in {@code lang}. Values stay JSON numbers and English keys.
     */
    public static ObjectNode of(SearchHit h, SearchHit document, Lang lang) throws IOException {
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("doc", h.doc());
        if (h.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", h.year());
        }
        o.put("jurisdiction", h.jurisdiction());
        if (h.page() == null) {
            o.putNull("page");
        } else {
            o.put("page", h.page());
        }
        o.put("section", h.section());
        o.put("type", h.type());
        if (h.sector() != null) {
            o.put("sector", h.sector());
        }
        o.put("text", h.text());
        o.put("score", h.score());
        o.put("file", h.file());
        o.put("partial", h.partial());
        if (document != null && document.recordJson() != null) {
            JsonNode d = RecordJson.MAPPER.readTree(document.recordJson());
            ObjectNode doc = o.putObject("document");
            for (String f : new String[] {"kind", "number", "issued"}) {
                doc.set(f, d.get(f));
            }
            doc.put("label", RecordSummary.document(d, lang, 100));
        }
        String summary = RecordSummary.of(h, lang);
        if (summary != null) {
            o.put("summary", summary);
        }
        if (h.recordJson() != null) {
            JsonNode rec = RecordJson.MAPPER.readTree(h.recordJson());
            rec.fields().forEachRemaining(e -> {
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            });
        }
        return o;
    }
}
