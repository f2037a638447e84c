package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One extraction, as the record contract (docs/RECORDS.md) defines it. Subclasses add the fields of
 * their type; a field that does not apply stays null and is left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "doc", "page", "section", "text"})
public abstract class Record {
    public String doc;
    public Integer page;
    public String section;
    public String text;
    /** Added to the contract: the year and jurisdiction of the logical document the record belongs to. */
    public Integer year;
    public String jurisdiction;
    /**
     * Added to the contract (issue 10): true when the evidence was read by OCR from a page without a
     * usable text layer (its numbers may carry OCR errors); null otherwise, so the JSON leaves it out.
     */
    public Boolean ocr;
    /**
     * Added to the contract (issue 14): the id of the sector the record's passage is about ({@code y-te},
     * {@code dau-tu-cong}; words/sectors.txt lists the sixteen and their labels).
     */
    public String sector;

    @JsonProperty("type")
    public abstract RecordType type();

    /** Copies the evidence fields (doc, page, section, text, year, jurisdiction) from a passage. */
    public <R extends Record> R from(Evidence e) {
        this.doc = e.doc();
        this.page = e.page();
        this.section = e.section();
        this.text = e.text();
        this.year = e.year();
        this.jurisdiction = e.jurisdiction();
        @SuppressWarnings("unchecked") R self = (R) this;
        return self;
    }

    /** What a record is taken from: a passage of a logical document. */
    public interface Evidence {
        String doc();
        Integer page();
        String section();
        String text();
        Integer year();
        String jurisdiction();

        /** The page of a position in the text (evidence may run over a page break). */
        default Integer pageAt(int offset) {
            return page();
        }
    }
}
