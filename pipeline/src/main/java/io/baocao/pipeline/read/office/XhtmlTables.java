package io.baocao.pipeline.read.office;

import io.baocao.pipeline.tables.MarkedTables;
import io.baocao.pipeline.tables.Table;

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
    private final MarkedTables tables = new MarkedTables();
    private static final int MAX_SPAN = 100;

    private int depth;
    private List<List<MarkedTables.Cell>> rows;
    private List<MarkedTables.Cell> row;
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

    List<Table> tables() {
        return tables.tables();
    }

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
                    tables.table(rows, textBefore);
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
                    String text = MarkedTables.cellText(cell.toString());
                    boolean emphasised = headerCell || (chars > 0 && boldChars * 10 >= chars * 6);
                    row.add(new MarkedTables.Cell(text, colspan, rowspan, emphasised));
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
