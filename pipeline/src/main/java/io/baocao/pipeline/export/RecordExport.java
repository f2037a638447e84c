package io.baocao.pipeline.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.index.RecordScan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the records of an index (all of them, or those a filter keeps) as JSON Lines, CSV or XLSX:
 * one row per record, every field of the contract a column.
 *
 * <p>CSV is UTF-8 with a byte order mark, which is what makes spreadsheet programs read Vietnamese as
 * UTF-8 rather than the system code page; all types share one file, {@code type} first. XLSX has one
 * sheet per record type with its own columns, numbers as numbers, the header row frozen. Text that a
 * spreadsheet would take for a formula ({@code = + - @} first) is neutralised: prefixed with {@code '}
 * in CSV, stored as quote-prefixed text in XLSX (shown as written, never evaluated).
 */
public final class RecordExport {
    /** An export format, by the name the command line and the web page use. */
    public enum Format {
        JSONL("application/x-ndjson; charset=utf-8"),
        CSV("text/csv; charset=utf-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format named, or null. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return f;
                }
            }
            return null;
        }
    }

    /** The longest text an XLSX cell holds (Excel's limit). */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private RecordExport() {
    }

    /**
     * Writes the records the filter keeps to {@code out} (which stays open) and returns how many of each
     * type were written, in the contract's type order.
     */
    public static Map<String, Long> write(RecordScan scan, RecordScan.Filter filter, Format format, OutputStream out)
            throws IOException {
        List<String> types = filter.type() == null ? RecordColumns.types() : List.of(filter.type());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : types) {
            counts.put(t, 0L);
        }
        try {
            switch (format) {
                case JSONL -> jsonl(scan, filter, out, counts);
                case CSV -> csv(scan, filter, types, out, counts);
                case XLSX -> xlsx(scan, filter, types, out, counts);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return counts;
    }

    private static void jsonl(RecordScan scan, RecordScan.Filter filter, OutputStream out, Map<String, Long> counts)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        scan.forEach(filter, r -> {
            try {
                w.write(r.json());
                w.write('\n');
                counts.merge(r.type(), 1L, Long::sum);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
    }

    private static void csv(RecordScan scan, RecordScan.Filter filter, List<String> types, OutputStream out,
                            Map<String, Long> counts) throws IOException {
        List<String> columns = RecordColumns.union(types);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get());
        scan.forEach(filter, r -> {
            JsonNode rec = parse(r.json());
            List<String> row = new ArrayList<>(columns.size());
            for (String c : columns) {
                row.add(csvText(rec.get(c)));
            }
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            counts.merge(r.type(), 1L, Long::sum);
        });
        csv.flush();
    }

    private static void xlsx(RecordScan scan, RecordScan.Filter filter, List<String> types, OutputStream out,
                             Map<String, Long> counts) throws IOException {
        // streaming: 200 rows per sheet in memory, the rest in temporary files that close() removes
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            book.setCompressTempFiles(true);
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();
            Map<String, List<String>> columnsOf = new LinkedHashMap<>();
            for (String t : types) {
                SXSSFSheet sheet = book.createSheet(t);
                List<String> columns = RecordColumns.of(t);
                Row h = sheet.createRow(0);
                for (int i = 0; i < columns.size(); i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(columns.get(i));
                    c.setCellStyle(header);
                    sheet.setColumnWidth(i, 256 * width(columns.get(i)));
                }
                sheet.createFreezePane(0, 1);
                sheets.put(t, sheet);
                columnsOf.put(t, columns);
            }
            scan.forEach(filter, r -> {
                SXSSFSheet sheet = sheets.get(r.type());
                if (sheet == null) {
                    return;
                }
                List<String> columns = columnsOf.get(r.type());
                JsonNode rec = parse(r.json());
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode v = rec.get(columns.get(i));
                    if (v == null || v.isNull()) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v.isNumber()) {
                        c.setCellValue(v.doubleValue());
                    } else if (v.isBoolean()) {
                        c.setCellValue(v.booleanValue());
                    } else {
                        String s = text(v);
                        if (s.length() > MAX_CELL_CHARS) {
                            s = s.substring(0, MAX_CELL_CHARS - 1) + "…";
                        }
                        c.setCellValue(s);
                        if (formulaLike(s)) {
                            c.setCellStyle(quoted);
                        }
                    }
                }
                counts.merge(r.type(), 1L, Long::sum);
            });
            for (var e : sheets.entrySet()) {
                int last = e.getValue().getLastRowNum();
                e.getValue().setAutoFilter(new CellRangeAddress(0, Math.max(0, last), 0,
                        columnsOf.get(e.getKey()).size() - 1));
            }
            book.write(out);
        }
        out.flush();
    }

    private static int width(String column) {
        return switch (column) {
            case "text" -> 80;
            case "section", "title", "subject", "metric", "issuer", "raw" -> 40;
            case "doc" -> 28;
            case "jurisdiction", "column" -> 24;
            default -> 12;
        };
    }

    /** True for text a spreadsheet would read as a formula (or that starts with a tab or return). */
    public static boolean formulaLike(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /** A CSV cell: numbers plain ({@code 2029.859}, {@code 125}), lists joined by {@code "; "}, formulas defused. */
    static String csvText(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.asText() : new BigDecimal(v.asText()).stripTrailingZeros().toPlainString();
        }
        String s = text(v);
        return formulaLike(s) ? "'" + s : s;
    }

    private static String text(JsonNode v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
            return String.join("; ", parts);
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return RecordJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
