package io.baocao.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one list of record types: ids, classes and the JSON {@code type} agree. */
class RecordTypeTest {
    @Test
    void idsAreTheContractsInItsOrder() {
        assertEquals(List.of("document", "figure", "percentage", "reference", "status"), RecordType.ids());
    }

    @Test
    void eachTypesClassWritesItsIdAndReadsBackAsItself() throws Exception {
        for (RecordType t : RecordType.values()) {
            Record r = t.recordClass().getDeclaredConstructor().newInstance();
            r.doc = "d";
            assertEquals(t, r.type());
            JsonNode json = RecordJson.tree(r);
            assertEquals(t.id(), json.get("type").asText());
            Class<? extends Record> back = RecordType.find(json.get("type").asText()).orElseThrow().recordClass();
            Record read = RecordJson.MAPPER.treeToValue(((com.fasterxml.jackson.databind.node.ObjectNode) json).without("type"), back);
            assertEquals(t, read.type());
            assertEquals("d", read.doc);
        }
    }

    @Test
    void anUnknownIdIsNoType() {
        assertEquals(Optional.empty(), RecordType.find("passage"));
        assertEquals(Optional.empty(), RecordType.find(null));
        assertTrue(RecordType.find(" Figure ").isPresent());
    }
}
