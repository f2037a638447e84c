package io.baocao.pipeline.export;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.model.ReferenceRecord;
import io.baocao.extract.model.StatusRecord;
import io.baocao.index.RecordScan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an export: every field the record classes write, in the order their JSON lists them
 * (the contract's order, then the fields baocao adds), read from the classes themselves so that a field
 * added to a record becomes a column without touching the export.
 */
public final class RecordColumns {
    private static final Map<String, Class<? extends Record>> CLASSES = Map.of(
            "document", DocumentRecord.class, "figure", FigureRecord.class, "percentage", PercentageRecord.class,
            "reference", ReferenceRecord.class, "status", StatusRecord.class);

    private RecordColumns() {
    }

    /** The columns of one record type's sheet. */
    public static List<String> of(String type) {
        Class<? extends Record> c = CLASSES.get(type);
        if (c == null) {
            throw new IllegalArgumentException("no record type " + type);
        }
        try {
            JsonSerializer<Object> s = RecordJson.MAPPER.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .getSerializerProviderInstance().findValueSerializer(c);
            List<String> out = new ArrayList<>();
            for (Iterator<PropertyWriter> it = s.properties(); it.hasNext(); ) {
                out.add(it.next().getName());
            }
            return out;
        } catch (JsonMappingException e) {
            throw new IllegalStateException("cannot list the fields of " + c.getSimpleName(), e);
        }
    }

    /** The columns of a file holding several types: every type's columns, {@code type} first. */
    public static List<String> union(List<String> types) {
        Set<String> out = new LinkedHashSet<>();
        out.add("type");
        for (String t : types) {
            out.addAll(of(t));
        }
        return new ArrayList<>(out);
    }

    /** All five types, in the contract's order. */
    public static List<String> types() {
        return RecordScan.TYPES;
    }
}
