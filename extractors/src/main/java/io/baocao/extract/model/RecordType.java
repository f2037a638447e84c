package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The record types of the contract (docs/RECORDS.md), each with its id (the JSON {@code type}) and its
 * class: the one list the wire format, evaluation, search and stats read. A new type is a new constant
 * here and its class; a {@code switch} over this enum that does not handle it no longer compiles.
 */
public enum RecordType {
    DOCUMENT(DocumentRecord.class),
    FIGURE(FigureRecord.class),
    PERCENTAGE(PercentageRecord.class),
    REFERENCE(ReferenceRecord.class),
    STATUS(StatusRecord.class);

    private static final List<String> IDS = Arrays.stream(values()).map(RecordType::id).toList();

    private final Class<? extends Record> recordClass;

    RecordType(Class<? extends Record> recordClass) {
        this.recordClass = recordClass;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class records of this type are read into. */
    public Class<? extends Record> recordClass() {
        return recordClass;
    }

    /** The ids of all types, in the contract's order: document, figure, percentage, reference, status. */
    public static List<String> ids() {
        return IDS;
    }

    public static RecordType of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** The type of an id, if it is one ({@code "figure"}); empty for anything else. */
    public static Optional<RecordType> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (RecordType t : values()) {
            if (t.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
