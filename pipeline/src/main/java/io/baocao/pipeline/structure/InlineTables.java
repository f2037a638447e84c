package io.baocao.pipeline.structure;

import io.baocao.pipeline.tables.Row;
import io.baocao.pipeline.tables.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats that mark their tables (DOCX, ODT, HTML) hand over rows of cells in reading order: consecutive
 * rows make one table, its first row the header (its cells the column names).
 */
final class InlineTables {
    private InlineTables() {
    }

    static List<Block> group(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<Block> run = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind == Block.Kind.TABLE_ROW && b.cells != null) {
                run.add(b);
                continue;
            }
            flush(run, out);
            out.add(b);
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Block> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        List<String> columns = run.get(0).cells;
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < run.size(); i++) {
            Block b = run.get(i);
            rows.add(new Row(b.firstPage(), 0, pad(b.cells, columns.size())));
        }
        if (rows.isEmpty()) {
            out.addAll(run);
        } else {
            out.add(Block.of(new Table(columns, rows, List.of())));
        }
        run.clear();
    }

    private static List<String> pad(List<String> cells, int n) {
        List<String> out = new ArrayList<>(cells);
        while (out.size() < n) {
            out.add("");
        }
        return out.size() > n ? out.subList(0, n) : out;
    }
}
