package io.baocao.pipeline.tables;

import java.util.List;

/**
 * The part of a table printed in one place: one ruled grid, one block of aligned text, or one
 * {@code <table>} of a document without pages (page 0). Its rows are in printing order, headers
 * included; which rows are headers and which fragments make one table is decided later.
 *
 * @param textBefore whether text (a title, a note; not a page number) is printed between the previous
 *                   fragment and this one: then this one cannot be the previous table going on
 */
record TableFragment(int page, float top, float bottom, int columns, List<GridRow> rows, boolean textBefore) {

    TableFragment {
        rows = List.copyOf(rows);
    }

    TableFragment(int page, float top, float bottom, int columns, List<GridRow> rows) {
        this(page, top, bottom, columns, rows, false);
    }

    TableFragment withTextBefore(boolean text) {
        return new TableFragment(page, top, bottom, columns, rows, text);
    }

    boolean hasLayout() {
        return page > 0;
    }
}
