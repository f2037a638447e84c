package io.baocao.pipeline.tables;

import java.util.List;

/**
 * One data row: the page it starts on, its top y (PDF points from the page top; 0 for formats without
 * layout), its cells aligned to the table's columns (empty string for an empty cell).
 */
public record Row(int page, float y, List<String> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
