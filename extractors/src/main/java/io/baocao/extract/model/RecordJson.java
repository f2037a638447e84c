package io.baocao.extract.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Records as JSON Lines: one object per line, fields of the contract, nulls left out. */
public final class RecordJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private RecordJson() {
    }

    public static String line(Record r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + r.type(), e);
        }
    }

    public static ObjectNode tree(Record r) {
        return MAPPER.valueToTree(r);
    }
}
