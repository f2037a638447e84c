package io.baocao.pipeline.tables;

import java.util.List;

/**
 * The part of a table printed in one place: one ruled grid, one block of aligned text, or one
 * {@code <table>} of a document without pages (page 0). Its rows are in printing order, headers
 * included; which rows are headers and which fragments make one table is decided later.
 */
record TableFragment(int page, float top, float bottom, int columns, List<GridRow> rows) {

    TableFragment {
        rows = List.copyOf(rows);
    }

    boolean hasLayout() {
        return page > 0;
    }
}
