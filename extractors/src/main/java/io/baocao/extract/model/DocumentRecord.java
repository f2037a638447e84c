package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One logical document in a file: a report, the draft resolution appended to it, an appendix. */
@JsonPropertyOrder({"type", "doc", "page", "section", "text", "kind", "number", "issued", "place", "issuer",
        "jurisdiction", "title", "year", "period", "pages", "draft", "signer", "signed", "signed_as"})
public final class DocumentRecord extends Record {
    public String kind;
    public String number;
    public String issued;
    public String place;
    public String issuer;
    public String title;
    public String period;
    public Integer pages;
    /** Added: true for a draft (dự thảo), whose number and day are left blank. */
    public Boolean draft;
    /** Added: who signed an e-signed file (its signature dictionary, or the stamp's "Ký bởi: …"). */
    public String signer;
    /** Added: when it was signed, ISO-8601 date-time with offset ({@code 2020-07-07T13:44:03+07:00}). */
    public String signed;
    /** Added: the capacity the signature block prints over the name ({@code KT. CHỦ TỊCH PHÓ CHỦ TỊCH}). */
    @com.fasterxml.jackson.annotation.JsonProperty("signed_as")
    public String signedAs;

    @Override
    public RecordType type() {
        return RecordType.DOCUMENT;
    }
}
