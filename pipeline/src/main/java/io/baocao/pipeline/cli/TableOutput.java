package io.baocao.pipeline.cli;

import io.baocao.pipeline.tables.Row;
import io.baocao.pipeline.tables.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    /**
     * RFC 4180 through commons-csv: a header row of the columns, then the rows. A cell that a spreadsheet
     * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first:
     * "- Vốn đầu tư" is a list item in a report and a formula in Excel) gets a leading {@code '}, unless it
     * is a plain number ({@code -2,8}, {@code +5%}), which a spreadsheet reads as the number it is.
     */
    static String csv(Table t) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            p.printRecord(t.columns().stream().map(TableOutput::neutralised).toList());
            for (Row r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < t.columns().size(); c++) {
                    cells.add(neutralised(r.cell(c)));
                }
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return sb.toString();
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d[\\d.,]*\\s*%?");

    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(cell.strip()).matches() ? "'" + cell : cell;
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
