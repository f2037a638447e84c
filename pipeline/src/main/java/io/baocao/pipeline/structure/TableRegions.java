package io.baocao.pipeline.structure;

import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.tables.Region;
import io.baocao.pipeline.tables.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Takes the lines printed inside reconstructed tables out of the prose, and puts each table back as one
 * block where it was printed: its cells are read as cells, not as run-on sentences.
 */
final class TableRegions {
    private TableRegions() {
    }

    /** The lines outside every table; a line right after a table starts a new paragraph. */
    static List<TextLine> outside(List<TextLine> lines, List<Table> tables) {
        if (tables.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        boolean cut = false;
        for (TextLine l : lines) {
            if (inside(l, tables)) {
                cut = true;
                continue;
            }
            if (cut) {
                l = new TextLine(l.page(), l.text(), l.x(), l.y(), l.width(), l.height(), l.fontSize(), l.bold(),
                        l.anchors(), l.footnote(), true, l.cells(), l.pageWidth(), l.pageHeight());
                cut = false;
            }
            out.add(l);
        }
        return out;
    }

    private static boolean inside(TextLine l, List<Table> tables) {
        for (Table t : tables) {
            for (Region r : t.regions()) {
                // a line's y is its baseline: inside when it sits between the region's top and bottom
                if (r.page() == l.page() && l.y() >= r.top() && l.y() - l.height() <= r.bottom()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The blocks with each table inserted where it is printed (page, then height on the page). */
    static List<Block> insert(List<Block> blocks, List<Table> tables) {
        List<Block> out = new ArrayList<>(blocks);
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparingInt(Table::firstPage).thenComparingDouble(
                t -> t.regions().isEmpty() ? 0 : t.regions().get(0).top()));
        for (Table t : sorted) {
            if (t.rows().isEmpty()) {
                continue;
            }
            Block tb = Block.of(t);
            int at = out.size();
            for (int i = 0; i < out.size(); i++) {
                Block b = out.get(i);
                if (b.firstPage() > tb.firstPage() || b.firstPage() == tb.firstPage() && b.y > tb.y) {
                    at = i;
                    break;
                }
            }
            out.add(at, tb);
        }
        return out;
    }
}
