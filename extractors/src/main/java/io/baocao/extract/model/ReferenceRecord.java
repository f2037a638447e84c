package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A cited legal or administrative document. */
@JsonPropertyOrder({"type", "doc", "page", "section", "text", "kind", "number", "issued", "issuer", "subject", "raw"})
public final class ReferenceRecord extends Record {
    public String kind;
    public String number;
    public String issued;
    public String issuer;
    public String subject;
    public String raw;

    @Override
    public RecordType type() {
        return RecordType.REFERENCE;
    }
}
