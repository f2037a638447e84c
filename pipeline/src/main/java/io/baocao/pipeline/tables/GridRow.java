package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;

/** One row of a fragment: the cells that start in it, by first column, and its top and bottom y. */
record GridRow(int page, float top, float bottom, List<GridCell> cells) {

    GridRow {
        cells = List.copyOf(cells);
    }

    /** The text of each column, a merged cell's text in its first column. */
    List<String> texts(int columns) {
        List<String> out = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            out.add("");
        }
        for (GridCell cell : cells) {
            if (cell.firstColumn() < columns && !cell.isEmpty()) {
                String had = out.get(cell.firstColumn());
                out.set(cell.firstColumn(), had.isEmpty() ? cell.text() : CellText.join(had, cell.text()));
            }
        }
        return out;
    }

    boolean isEmpty() {
        return cells.stream().allMatch(GridCell::isEmpty);
    }

    /** Every non-empty cell is set apart as a header cell. */
    boolean allEmphasised() {
        return !isEmpty() && cells.stream().filter(c -> !c.isEmpty()).allMatch(GridCell::emphasised);
    }
}
