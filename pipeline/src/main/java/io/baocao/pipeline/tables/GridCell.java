package io.baocao.pipeline.tables;

/**
 * A cell as laid out: its text, the columns and rows of its fragment it covers (merged cells cover
 * more than one), and whether it is set apart as a header cell (bold, or {@code <th>}).
 */
record GridCell(String text, int firstColumn, int lastColumn, int firstRow, int lastRow, boolean emphasised) {

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean covers(int column) {
        return column >= firstColumn && column <= lastColumn;
    }
}
