package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Fragments, in printing order, into tables. A fragment that starts with the header of the table
 * before it (printed again at the top of a page, or after a break inside a page) continues that table
 * and its repeated header is dropped; so does a fragment with the same columns and no header at the top
 * of the next page. Text printed in between (a title, a note) makes it a new table whatever its header
 * says. Anything else starts a new table, whose header rows {@link HeaderReader} finds.
 */
final class TableAssembler {

    private TableAssembler() {
    }

    private static final class Draft {
        final HeaderReader.Header header;
        final List<Integer> pages = new ArrayList<>();
        final List<Float> ys = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        TableFragment last;

        Draft(HeaderReader.Header header) {
            this.header = header;
        }

        Table table() {
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).stream().anyMatch(c -> !c.isEmpty())) {
                    out.add(new Row(pages.get(i), ys.get(i), rows.get(i)));
                }
            }
            return new Table(header.paths(), out, regions);
        }
    }

    static List<Table> assemble(List<TableFragment> fragments) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (TableFragment f : fragments) {
            if (f.rows().isEmpty()) {
                continue;
            }
            int repeated = current == null || f.textBefore() ? 0 : current.header.repeatedIn(f.rows(), f.columns());
            boolean continues = current != null && !f.textBefore() && (repeated > 0 || continuesWithoutHeader(current, f));
            int skip;
            if (continues) {
                skip = repeated;
            } else {
                skip = HeaderReader.headerRows(f);
                current = new Draft(HeaderReader.header(f.rows().subList(0, skip), f.columns()));
                drafts.add(current);
            }
            add(current, f, skip, continues);
        }
        List<Table> tables = new ArrayList<>();
        for (Draft d : drafts) {
            tables.add(d.table());
        }
        return tables;
    }

    /** Same columns, on the next page with nothing printed in between, and no header of its own. */
    private static boolean continuesWithoutHeader(Draft d, TableFragment f) {
        return f.hasLayout() && d.last != null && f.page() == d.last.page() + 1 && f.columns() == d.header.columns()
                && !HeaderReader.looksLikeHeader(f.rows().get(0));
    }

    private static void add(Draft d, TableFragment f, int skip, boolean continues) {
        List<GridRow> data = f.rows().subList(skip, f.rows().size());
        // the first new row after a page break: the first row of the page, or the one after the
        // continuation of the last row of the previous page (its cell may start with that row's tail)
        boolean merged = false;
        for (int i = 0; i < data.size(); i++) {
            GridRow r = data.get(i);
            List<String> cells = d.header.withoutEcho(r.texts(f.columns()));
            boolean firstNewRow = i == 0 || (i == 1 && merged);
            if (firstNewRow && continues && !d.rows.isEmpty()) {
                List<String> previous = d.rows.get(d.rows.size() - 1);
                if (i == 0 && ContinuationMerger.isContinuation(previous, cells)) {
                    d.rows.set(d.rows.size() - 1, ContinuationMerger.merge(previous, cells));
                    merged = true;
                    continue;
                }
                if (f.page() != d.last.page()) {
                    cells = new ArrayList<>(cells);
                    ContinuationMerger.realign(previous, cells);
                }
            }
            d.rows.add(new ArrayList<>(cells));
            d.pages.add(r.page());
            d.ys.add(r.top());
        }
        if (f.hasLayout()) {
            d.regions.add(new Region(f.page(), f.top(), f.bottom()));
        }
        d.last = f;
    }
}
