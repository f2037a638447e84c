package io.baocao.extract.text;

import io.baocao.extract.model.Record;
import java.util.List;

/**
 * A unit of text the extractors read: a sentence, a list item, a heading, a footnote or a table row,
 * with the page it starts on and the heading path above it. {@code row} is set for table rows.
 */
public record Passage(String doc, Integer page, String section, String text, Kind kind,
                      DocumentContext context, TableRow row) implements Record.Evidence {

    public enum Kind { SENTENCE, LIST_ITEM, HEADING, FOOTNOTE, TABLE_ROW, HEADER }

    public Passage {
        text = TextFold.collapse(text);
    }

    public static Passage of(String text) {
        return new Passage("test", 1, null, text, Kind.SENTENCE, DocumentContext.EMPTY, null);
    }

    public Passage withText(String newText) {
        return new Passage(doc, page, section, newText, kind, context, row);
    }

    @Override
    public Integer year() {
        return context == null ? null : context.year();
    }

    @Override
    public String jurisdiction() {
        return context == null ? null : context.jurisdiction();
    }

    /** The cells of a table row with the header path of each column. */
    public record TableRow(List<String> cells, List<String> headers, String parent, String unit) {
    }
}
