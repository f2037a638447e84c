package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A number with % (or điểm %) and the role it plays. */
@JsonPropertyOrder({"type", "doc", "page", "section", "text", "raw", "value", "role", "change", "basis", "target",
        "low", "high", "comparator", "approx", "metric", "column"})
public final class PercentageRecord extends Quantity {
    public String role;
    public String basis;

    @Override
    public RecordType type() {
        return RecordType.PERCENTAGE;
    }
}
