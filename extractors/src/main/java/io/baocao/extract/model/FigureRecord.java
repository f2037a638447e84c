package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A quantity with a unit: money, a measure, or a count of a named thing. */
@JsonPropertyOrder({"type", "doc", "page", "section", "text", "raw", "value", "unit", "target", "previous", "low",
        "high", "comparator", "approx", "change", "metric", "as_of", "column"})
public final class FigureRecord extends Quantity {
    public String unit;
    public Double previous;
    @com.fasterxml.jackson.annotation.JsonProperty("as_of")
    public String asOf;

    @Override
    public RecordType type() {
        return RecordType.FIGURE;
    }
}
