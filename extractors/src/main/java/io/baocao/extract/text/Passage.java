package io.baocao.extract.text;

import io.baocao.extract.model.Record;
import java.util.List;

/**
 * A unit of text the extractors read: a sentence, a list item, a heading, a footnote or a table row,
 * with the page it starts on and the heading path above it. {@code row} is set for table rows; {@code sector}
 * (the id of the sector it is about) once extraction has classified it, null before.
 */
public record Passage(String doc, Integer page, String section, String text, Kind kind,
                      DocumentContext context, TableRow row, List<PageBreak> pageBreaks, String sector)
        implements Record.Evidence {

    public enum Kind { SENTENCE, LIST_ITEM, HEADING, FOOTNOTE, TABLE_ROW, TABLE_CELL, HEADER }

    public Passage {
        text = TextFold.collapse(text);
        pageBreaks = pageBreaks == null ? List.of() : List.copyOf(pageBreaks);
    }

    public Passage(String doc, Integer page, String section, String text, Kind kind, DocumentContext context,
                   TableRow row, List<PageBreak> pageBreaks) {
        this(doc, page, section, text, kind, context, row, pageBreaks, null);
    }

    public Passage(String doc, Integer page, String section, String text, Kind kind, DocumentContext context,
                   TableRow row) {
        this(doc, page, section, text, kind, context, row, List.of(), null);
    }

    public static Passage of(String text) {
        return new Passage("test", 1, null, text, Kind.SENTENCE, DocumentContext.EMPTY, null);
    }

    public Passage withText(String newText) {
        return new Passage(doc, page, section, newText, kind, context, row, pageBreaks, sector);
    }

    /** This passage as part of the logical document {@code documentContext} describes. */
    public Passage withContext(DocumentContext documentContext) {
        return new Passage(doc, page, section, text, kind, documentContext, row, pageBreaks, sector);
    }

    /** This passage with the sector it is about. */
    public Passage withSector(String sectorId) {
        return new Passage(doc, page, section, text, kind, context, row, pageBreaks, sectorId);
    }

    /**
     * The page the character at {@code offset} of the text was printed on: a sentence may run over a page
     * break ({@code pageBreaks} holds, for each later page, the offset where it starts and the page).
     */
    @Override
    public Integer pageAt(int offset) {
        Integer p = page;
        for (PageBreak b : pageBreaks) {
            if (b.offset() <= offset) {
                p = b.page();
            }
        }
        return p;
    }

    /**
     * The page of the clause the character at {@code offset} belongs to (a list item after ";" or ":"
     * starts its own evidence): where a record's evidence starts.
     */
    public Integer clausePageAt(int offset) {
        int start = 0;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ':') {
                start = i + 1;
                break;
            }
        }
        while (start < text.length() && start < offset && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return pageAt(start);
    }

    @Override
    public Integer year() {
        return context == null ? null : context.year();
    }

    @Override
    public String jurisdiction() {
        return context == null ? null : context.jurisdiction();
    }

    /** Where, in the text, a later page begins. */
    public record PageBreak(int offset, int page) {
    }

    /** The cells of a table row with the header path of each column. */
    public record TableRow(List<String> cells, List<String> headers, String parent, String unit) {
    }
}
