package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code <table>} elements of Tika's XHTML (DOCX, ODT, DOC, RTF, HTML) as fragments without layout:
 * rows of cells placed on a grid by their {@code colspan} and {@code rowspan}, {@code <th>} or bold
 * cells set apart as header cells. A table inside a cell is read as that cell's text. Word documents
 * lose their merged cells in Tika's output (a merged cell is one cell, the others are missing or
 * empty), which the header reader's flattened-header rule takes care of.
 */
final class XhtmlTables extends DefaultHandler {
    private static final int MAX_SPAN = 100;

    private record RawCell(String text, int colspan, int rowspan, boolean emphasised) {
    }

    final List<TableFragment> fragments = new ArrayList<>();
    private int depth;
    private List<List<RawCell>> rows;
    private List<RawCell> row;
    private StringBuilder cell;
    private int colspan;
    private int rowspan;
    private boolean headerCell;
    private int bold;
    private int boldChars;
    private int chars;
    /** Text since the last table ended: a table after a paragraph is not the one before going on. */
    private boolean textOutside;
    private boolean textBefore;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        String n = name(local, qName);
        switch (n) {
            case "table" -> {
                depth++;
                if (depth == 1) {
                    rows = new ArrayList<>();
                    textBefore = textOutside;
                    textOutside = false;
                } else if (cell != null) {
                    cell.append('\n');
                }
            }
            case "tr" -> {
                if (depth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (depth == 1 && row != null) {
                    cell = new StringBuilder();
                    colspan = span(atts.getValue("colspan"));
                    rowspan = span(atts.getValue("rowspan"));
                    headerCell = n.equals("th");
                    boldChars = 0;
                    chars = 0;
                } else if (cell != null) {
                    cell.append(' ');
                }
            }
            case "b", "strong" -> bold++;
            case "p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (cell != null && cell.length() > 0) {
                    cell.append('\n');
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        String n = name(local, qName);
        switch (n) {
            case "table" -> {
                if (depth == 1 && rows != null) {
                    fragments.add(layout(rows).withTextBefore(textBefore));
                    rows = null;
                }
                depth = Math.max(0, depth - 1);
            }
            case "tr" -> {
                if (depth == 1 && row != null) {
                    rows.add(row);
                    row = null;
                }
            }
            case "td", "th" -> {
                if (depth == 1 && cell != null) {
                    String text = "";
                    for (String line : cell.toString().split("\n")) {
                        text = CellText.join(text, CellText.normalise(line));
                    }
                    boolean emphasised = headerCell || (chars > 0 && boldChars * 10 >= chars * 6);
                    row.add(new RawCell(text, colspan, rowspan, emphasised));
                    cell = null;
                }
            }
            case "b", "strong" -> bold = Math.max(0, bold - 1);
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depth == 0 && !new String(ch, start, length).isBlank()) {
            textOutside = true;
        }
        if (cell != null) {
            cell.append(ch, start, length);
            int visible = new String(ch, start, length).strip().length();
            chars += visible;
            if (bold > 0) {
                boldChars += visible;
            }
        }
    }

    /** Cells onto the grid: each takes the first free column of its row, spans reserve the boxes below. */
    private static TableFragment layout(List<List<RawCell>> given) {
        List<List<RawCell>> rows = withLostSpans(given);
        List<boolean[]> taken = new ArrayList<>();
        List<List<GridCell>> placed = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            placed.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (RawCell raw : rows.get(r)) {
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
    private static List<List<RawCell>> withLostSpans(List<List<RawCell>> rows) {
        if (rows.stream().flatMap(List::stream).anyMatch(c -> c.rowspan() > 1)) {
            return rows;
        }
        List<List<String>> texts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (List<RawCell> row : rows) {
            texts.add(row.stream().map(RawCell::text).toList());
            spans.add(row.stream().mapToInt(RawCell::colspan).toArray());
        }
        List<int[]> restored = LostSpans.restore(texts, spans);
        List<List<RawCell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<RawCell> row = new ArrayList<>();
            for (int i = 0; i < rows.get(r).size(); i++) {
                RawCell c = rows.get(r).get(i);
                row.add(new RawCell(c.text(), restored.get(r)[i], c.rowspan(), c.emphasised()));
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

    private static int span(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String name(String local, String qName) {
        String n = local == null || local.isEmpty() ? qName : local;
        return n.toLowerCase(Locale.ROOT);
    }
}
