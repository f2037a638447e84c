package io.baocao.pipeline.tables;

import java.util.List;

/**
 * A table as printed: its columns (the header path of each column, outermost first, joined by
 * {@code " > "}), its data rows, and where it is printed. A table that runs over several pages is one
 * table with a region on each page; headers printed again at the top of a page are not rows.
 */
public record Table(List<String> columns, List<Row> rows, List<Region> regions) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        regions = List.copyOf(regions);
    }

    /** The first page the table is printed on, 0 for formats without pages. */
    public int firstPage() {
        return regions.isEmpty() ? (rows.isEmpty() ? 0 : rows.get(0).page()) : regions.get(0).page();
    }

    /** The last page the table is printed on, 0 for formats without pages. */
    public int lastPage() {
        return regions.isEmpty() ? firstPage() : regions.get(regions.size() - 1).page();
    }
}
