package io.baocao.pipeline.cli;

import io.baocao.pipeline.tables.Row;
import io.baocao.pipeline.tables.Table;
import java.util.ArrayList;
import java.util.List;

/** Tables as text a user can check: Markdown with the page of each row, or CSV. */
final class TableOutput {
    private TableOutput() {
    }

    /** A heading naming the table and where it is printed, then the table, header paths as column names. */
    static String markdown(String doc, int number, int of, Table t) {
        boolean paged = t.rows().stream().anyMatch(r -> r.page() > 0);
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(doc).append(" — table ").append(number).append(" of ").append(of).append(": ")
                .append(t.columns().size()).append(" columns, ").append(t.rows().size()).append(" rows");
        if (paged) {
            sb.append(t.firstPage() == t.lastPage() ? ", page " + t.firstPage() : ", pages " + t.firstPage() + "–" + t.lastPage());
        }
        sb.append("\n\n");
        List<String> head = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        if (paged) {
            head.add("page");
            rule.add("---:");
        }
        for (String c : t.columns()) {
            head.add(escape(c));
            rule.add("---");
        }
        sb.append(line(head)).append(line(rule));
        for (Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            if (paged) {
                cells.add(String.valueOf(r.page()));
            }
            for (int c = 0; c < t.columns().size(); c++) {
                cells.add(escape(r.cell(c)));
            }
            sb.append(line(cells));
        }
        return sb.toString();
    }

    /** RFC 4180: a header row of the columns, then the rows; fields quoted when they need it. */
    static String csv(Table t) {
        StringBuilder sb = new StringBuilder();
        sb.append(csvLine(t.columns()));
        for (Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                cells.add(r.cell(c));
            }
            sb.append(csvLine(cells));
        }
        return sb.toString();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String csvLine(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
                    || !c.equals(c.strip());
            out.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", out) + "\r\n";
    }
}
