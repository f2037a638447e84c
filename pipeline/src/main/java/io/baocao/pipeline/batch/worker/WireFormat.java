package io.baocao.pipeline.batch.worker;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordType;
import io.baocao.pipeline.batch.Extracted;
import java.io.IOException;

/**
 * The JSON-lines protocol between {@code baocao ingest} and its {@link ExtractWorker}: one request per
 * line on the worker's standard input, one reply per line on its standard output. Records travel as
 * the JSON of the record contract and come back as their classes by {@code type}.
 */
final class WireFormat {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .registerModule(new SimpleModule().addDeserializer(Record.class, new RecordByType()));

    /** Read this file. */
    record Request(long id, String path) {
    }

    /**
     * What became of a request: {@code ok} with the result, {@code failed} with a reason, or {@code ready}
     * (id 0) once the worker has started. {@code restart}: the worker exits after this reply (it ran out of
     * memory and its heap is not to be trusted).
     */
    record Reply(long id, String status, String reason, Extracted result, boolean restart) {
        static Reply ready() {
            return new Reply(0, "ready", null, null, false);
        }

        static Reply ok(long id, Extracted result) {
            return new Reply(id, "ok", null, result, false);
        }

        static Reply failed(long id, String reason, boolean restart) {
            return new Reply(id, "failed", reason, null, restart);
        }
    }

    private WireFormat() {
    }

    private static final class RecordByType extends JsonDeserializer<Record> {
        @Override
        public Record deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            ObjectNode node = p.readValueAsTree();
            String type = node.path("type").asText("");
            Class<? extends Record> cls = RecordType.find(type).map(RecordType::recordClass)
                    .orElseThrow(() -> new IOException("unknown record type '" + type + "'"));
            return p.getCodec().treeToValue(node, cls);
        }
    }
}
