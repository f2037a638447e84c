package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The five record types of the contract. */
public enum RecordType {
    DOCUMENT, FIGURE, PERCENTAGE, REFERENCE, STATUS;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordType of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
