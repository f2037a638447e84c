package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which rows at the top of a table are its header, and the header path of each column.
 *
 * <p>The first row is the header. A row below it is header too when a header cell reaches down into
 * it (a merged cell), when it is set apart like the first row (bold, {@code <th>}) and holds labels
 * rather than figures, or when it is the lower line of a header whose merged cells were flattened:
 * first cell empty, only labels. In a flattened header an empty upper cell belongs to the label on its
 * left when both columns have labels below ({@code Năm 2024 | (empty)} over {@code Nghị quyết | Ước
 * thực hiện}).
 */
final class HeaderReader {
    private static final int MAX_HEADER_ROWS = 4;
    /** A figure, a range, a comparison or a percentage: what data cells hold and labels do not. */
    private static final Pattern FIGURE = Pattern.compile(
            "[<>≤≥~+-]?\\s*\\d[\\d.,]*(\\s*[-–]\\s*\\d[\\d.,]*)?\\s*%?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private HeaderReader() {
    }

    /** How many leading rows of the first fragment of a table are its header. */
    static int headerRows(TableFragment f) {
        List<GridRow> rows = f.rows();
        if (rows.isEmpty()) {
            return 0;
        }
        int h = 1;
        while (h < rows.size() && h < MAX_HEADER_ROWS) {
            GridRow row = rows.get(h);
            if (reachedFromAbove(rows, h) || emphasisedLabels(rows.get(h - 1), row) || flattenedLowerLine(row, f.columns())) {
                h++;
            } else {
                break;
            }
        }
        return Math.min(h, rows.size());
    }

    /** The header of a table: its rows, as found at the top of its first fragment. */
    static Header header(List<GridRow> headerRows, int columns) {
        return new Header(headerRows, columns, paths(headerRows, columns));
    }

    static boolean isFigure(String text) {
        String t = text.strip();
        return !t.isEmpty() && FIGURE.matcher(t).matches() && !YEAR.matcher(t).matches();
    }

    /** A row that could only be a header: every cell set apart, labels only. */
    static boolean looksLikeHeader(GridRow row) {
        return row.allEmphasised() && row.cells().stream().noneMatch(c -> isFigure(c.text()));
    }

    private static boolean reachedFromAbove(List<GridRow> rows, int h) {
        for (int k = 0; k < h; k++) {
            for (GridCell c : rows.get(k).cells()) {
                if (!c.isEmpty() && c.lastRow() >= h) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean emphasisedLabels(GridRow above, GridRow row) {
        long filled = row.cells().stream().filter(c -> !c.isEmpty()).count();
        return filled >= 2 && above.allEmphasised() && looksLikeHeader(row);
    }

    private static boolean flattenedLowerLine(GridRow row, int columns) {
        List<String> texts = row.texts(columns);
        long filled = texts.stream().filter(t -> !t.isEmpty()).count();
        return texts.get(0).isEmpty() && filled >= 2 && texts.stream().noneMatch(HeaderReader::isFigure);
    }

    /** Each column's labels from the top header row down, joined by {@code " > "}. */
    private static List<String> paths(List<GridRow> rows, int columns) {
        int n = rows.size();
        GridCell[][] label = new GridCell[n][columns];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j <= k; j++) {
                for (GridCell c : rows.get(j).cells()) {
                    // a cell labels the columns it spans, in its own row and the rows it reaches down into
                    if (!c.isEmpty() && (j == k || c.lastRow() >= k)) {
                        for (int col = c.firstColumn(); col <= c.lastColumn() && col < columns; col++) {
                            label[k][col] = c;
                        }
                    }
                }
            }
        }
        // flattened merged cells: an empty upper cell takes the label on its left when both have labels below
        for (int k = 0; k < n - 1; k++) {
            for (int col = 1; col < columns; col++) {
                if (label[k][col] == null && label[k][col - 1] != null
                        && hasLabelBelow(label, k, col) && hasLabelBelow(label, k, col - 1)) {
                    label[k][col] = label[k][col - 1];
                }
            }
        }
        List<String> paths = new ArrayList<>();
        for (int col = 0; col < columns; col++) {
            List<String> parts = new ArrayList<>();
            GridCell previous = null;
            for (int k = 0; k < n; k++) {
                GridCell c = label[k][col];
                if (c != null && c != previous) {
                    parts.add(c.text());
                }
                previous = c == null ? previous : c;
            }
            paths.add(String.join(" > ", parts));
        }
        return paths;
    }

    private static boolean hasLabelBelow(GridCell[][] label, int k, int col) {
        for (int j = k + 1; j < label.length; j++) {
            if (label[j][col] != null && label[j][col] != label[k][col]) {
                return true;
            }
        }
        return false;
    }

    /** The header of one table, to recognise it where it is printed again. */
    static final class Header {
        private final List<GridRow> rows;
        private final int columns;
        private final List<String> paths;
        private final List<List<String>> keys = new ArrayList<>();

        Header(List<GridRow> rows, int columns, List<String> paths) {
            this.rows = List.copyOf(rows);
            this.columns = columns;
            this.paths = List.copyOf(paths);
            for (GridRow r : rows) {
                keys.add(key(r.texts(columns)));
            }
        }

        List<String> paths() {
            return paths;
        }

        int columns() {
            return columns;
        }

        /** How many of the leading rows repeat this header, row by row from its top. */
        int repeatedIn(List<GridRow> fragmentRows, int fragmentColumns) {
            if (fragmentColumns != columns) {
                return 0;
            }
            int i = 0;
            while (i < keys.size() && i < fragmentRows.size() && keys.get(i).equals(key(fragmentRows.get(i).texts(columns)))) {
                i++;
            }
            return i;
        }

        /**
         * A data row with a header line printed into it (generators that flatten a repeated header
         * into the row next to it: {@code 10.873,29 Thực hiện cả năm}) loses the header text again.
         */
        List<String> withoutEcho(List<String> cells) {
            for (GridRow header : rows) {
                List<String> labels = header.texts(columns);
                long own = labels.stream().filter(l -> !l.isEmpty()).count();
                int echoed = 0;
                for (int c = 0; c < columns; c++) {
                    if (echoes(cells.get(c), labels.get(c))) {
                        echoed++;
                    }
                }
                if (echoed >= 2 && echoed * 10 >= own * 6) {
                    List<String> out = new ArrayList<>(cells);
                    for (int c = 0; c < columns; c++) {
                        String cell = out.get(c);
                        String l = labels.get(c);
                        if (echoes(cell, l)) {
                            out.set(c, cell.substring(0, cell.length() - l.length()).strip());
                        }
                    }
                    return out;
                }
            }
            return cells;
        }

        private static boolean echoes(String cell, String label) {
            return !label.isEmpty() && (cell.equals(label) || cell.endsWith(" " + label));
        }

        private static List<String> key(List<String> texts) {
            List<String> k = new ArrayList<>();
            for (String t : texts) {
                k.add(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
            }
            return k;
        }
    }
}
