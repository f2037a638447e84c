package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables of formats that mark their cells (DOCX, ODT, DOC, RTF, HTML through Tika's XHTML), without
 * layout: rows of cells placed on a grid by their {@code colspan} and {@code rowspan}, header cells set
 * apart, then assembled as the tables of a PDF are. Word documents lose their merged cells in Tika's
 * output (a merged cell is one cell, the others are missing or empty), which the header reader's
 * flattened-header rule and {@link LostSpans} take care of. A reader hands over the cells; no parser is
 * known here.
 */
public final class MarkedTables {
    /** A cell as the format marks it; {@code emphasised}: a header cell ({@code <th>}) or mostly bold. */
    public record Cell(String text, int colspan, int rowspan, boolean emphasised) {
    }

    private final List<TableFragment> fragments = new ArrayList<>();

    /**
     * One table, its rows in order. {@code textBefore}: text stands between it and the table before, so
     * it is not that table going on.
     */
    public void table(List<List<Cell>> rows, boolean textBefore) {
        fragments.add(layout(rows).withTextBefore(textBefore));
    }

    /** A cell's text from its lines: joined as printed cells are (hyphens, spaces). */
    public static String cellText(String raw) {
        String text = "";
        for (String line : raw.split("\n")) {
            text = CellText.join(text, CellText.normalise(line));
        }
        return text;
    }

    public List<Table> tables() {
        return TableAssembler.assemble(fragments);
    }

    /** Cells onto the grid: each takes the first free column of its row, spans reserve the boxes below. */
    private static TableFragment layout(List<List<Cell>> given) {
        List<List<Cell>> rows = withLostSpans(given);
        List<boolean[]> taken = new ArrayList<>();
        List<List<GridCell>> placed = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            placed.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell raw : rows.get(r)) {
                while (isTaken(taken, r, c)) {
                    c++;
                }
                int lastRow = Math.min(rows.size() - 1, r + raw.rowspan() - 1);
                int lastColumn = c + raw.colspan() - 1;
                for (int rr = r; rr <= lastRow; rr++) {
                    for (int cc = c; cc <= lastColumn; cc++) {
                        take(taken, rr, cc);
                    }
                }
                placed.get(r).add(new GridCell(raw.text(), c, lastColumn, r, lastRow, raw.emphasised()));
                columns = Math.max(columns, lastColumn + 1);
                c = lastColumn + 1;
            }
        }
        List<GridRow> gridRows = new ArrayList<>();
        for (List<GridCell> cells : placed) {
            gridRows.add(new GridRow(0, 0, 0, cells));
        }
        return new TableFragment(0, 0, 0, columns, gridRows);
    }

    /** Spans Tika dropped (Word) put back on the top rows, when no cell there spans rows. */
    private static List<List<Cell>> withLostSpans(List<List<Cell>> rows) {
        if (rows.stream().flatMap(List::stream).anyMatch(c -> c.rowspan() > 1)) {
            return rows;
        }
        List<List<String>> texts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (List<Cell> row : rows) {
            texts.add(row.stream().map(Cell::text).toList());
            spans.add(row.stream().mapToInt(Cell::colspan).toArray());
        }
        List<int[]> restored = LostSpans.restore(texts, spans);
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < rows.get(r).size(); i++) {
                Cell c = rows.get(r).get(i);
                row.add(new Cell(c.text(), restored.get(r)[i], c.rowspan(), c.emphasised()));
            }
            out.add(row);
        }
        return out;
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, int r, int c) {
        while (taken.size() <= r) {
            taken.add(new boolean[0]);
        }
        boolean[] row = taken.get(r);
        if (row.length <= c) {
            row = java.util.Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
            taken.set(r, row);
        }
        row[c] = true;
    }

}
