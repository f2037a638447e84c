package io.baocao.extract.text;

import java.util.List;

/**
 * A table as the extractors read it: the header path of each column ({@code Năm 2024 > Nghị quyết HĐND
 * TP}), its data rows with the page each starts on, and the legend printed under it ({@code (*) Nhiệm
 * vụ đã được tổ chức thực hiện …}), which gives the marks in its rows their meaning.
 */
public record TableView(String doc, String section, List<String> columns, List<Row> rows, List<String> legend,
                        DocumentContext context) {

    public record Row(Integer page, List<String> cells) {
        public String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    /** This table as part of the logical document {@code documentContext} describes. */
    public TableView withContext(DocumentContext documentContext) {
        return new TableView(doc, section, columns, rows, legend, documentContext);
    }

    /** The first column whose header matches, or -1. */
    public int column(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex,
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && p.matcher(columns.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }
}
