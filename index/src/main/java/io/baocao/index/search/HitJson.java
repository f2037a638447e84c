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
        o.put("text", h.text());
        o.put("score", h.score());
        o.put("file", h.file());
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
