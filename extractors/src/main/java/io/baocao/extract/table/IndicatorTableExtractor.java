package io.baocao.extract.table;

import io.baocao.extract.text.TableView;

import io.baocao.extract.grammar.UnitLexicon;
import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.model.Quantity;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.status.StatusVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator tables (chỉ tiêu × {@code Năm 2023 Thực hiện}, {@code Năm 2024 Nghị quyết}, {@code So sánh (%)},
 * {@code Ghi chú}): every numeric cell is a figure or a percentage of the row's indicator (a sub-row reads
 * "parent - item"), with the column's header path and the year the header gives; the unit comes from
 * the row's ĐVT (an empty one inherits its parent's); the note column's label is the row's status.
 */
public final class IndicatorTableExtractor {
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2}(?:\\.\\d{1,2})?)(?:\\)\\.?|[.)])?\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("^[A-ZĐ][.)]\\s+\\S.*$");
    private static final Pattern CHILD_MARK = Pattern.compile("^(?:[-+•.*–]\\s*|Trong đó\\s*:\\s*|trong đó\\s*:\\s*)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    /**
     * Whether the table is one of indicators: a unit column and an indicator column, or rows of numbers whose
     * labels carry their units (at least two, and most of the rows with numbers).
     */
    public static boolean accepts(TableView t) {
        return t.column("^(?:ĐVT|Đơn vị tính|Đơn vị)$|\\bĐVT\\b") >= 0 && indicatorColumn(t) >= 0 || unitsInLabels(t);
    }

    private static boolean unitsInLabels(TableView t) {
        int withNumbers = 0;
        int withUnit = 0;
        for (TableView.Row row : rowsWithHeaderAsData(t)) {
            boolean numbers = false;
            for (int c = 1; c < row.cells().size(); c++) {
                numbers |= CellValue.parse(row.cell(c)).isPresent();
            }
            if (numbers) {
                withNumbers++;
                withUnit += UnitLexicon.labelled(row.cell(0)).isPresent() ? 1 : 0;
            }
        }
        return withUnit >= 2 && withUnit * 2 >= withNumbers;
    }

    /**
     * The rows, with the header row first when it is a row of data: a table whose period headings were
     * printed above it as a line of their own ("Quý I-2004 Quý I-2005") was read with its first row of
     * numbers as its header.
     */
    private static List<TableView.Row> rowsWithHeaderAsData(TableView t) {
        if (!headerIsData(t)) {
            return t.rows();
        }
        List<TableView.Row> rows = new ArrayList<>();
        rows.add(new TableView.Row(t.rows().isEmpty() ? null : t.rows().get(0).page(), t.columns()));
        rows.addAll(t.rows());
        return rows;
    }

    private static boolean headerIsData(TableView t) {
        if (t.columns().size() < 2 || t.columns().get(0) == null || UnitLexicon.labelled(t.columns().get(0)).isEmpty()) {
            return false;
        }
        for (int c = 1; c < t.columns().size(); c++) {
            if (CellValue.parse(t.columns().get(c) == null ? "" : t.columns().get(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static int indicatorColumn(TableView t) {
        int c = t.column("chỉ tiêu|nội dung|danh mục|tên chỉ tiêu|^ngành|lĩnh vực");
        return c >= 0 ? c : (t.columns().isEmpty() ? -1 : 0);
    }

    public List<Record> extract(TableView t) {
        int nameCol = indicatorColumn(t);
        int unitCol = t.column("^(?:ĐVT|Đơn vị tính|Đơn vị)$|\\bĐVT\\b");
        int noteCol = t.column("ghi chú|đánh giá|kết quả so với");
        int sttCol = t.column("^(?:STT|TT|Số TT)$");
        List<Record> out = new ArrayList<>();
        String parent = null;
        String parentUnit = null;
        String section = t.section();
        boolean headerIsData = headerIsData(t);
        for (TableView.Row row : rowsWithHeaderAsData(t)) {
            String label = row.cell(nameCol).replaceAll("\\s+", " ");
            String labelledUnit = null;
            if (unitCol < 0) {
                Optional<UnitLexicon.Labelled> lu = UnitLexicon.labelled(label);
                if (lu.isPresent()) {
                    label = lu.get().label();
                    labelledUnit = lu.get().written();
                }
            }
            if (label.isEmpty() || label.matches("(?iu)^trong đó\\s*:?$")) {
                continue;
            }
            boolean hasValues = false;
            for (int c = 0; c < t.columns().size(); c++) {
                if (c != nameCol && c != unitCol && c != noteCol && c != sttCol && !row.cell(c).isEmpty()) {
                    hasValues = true;
                }
            }
            String stt = sttCol >= 0 ? row.cell(sttCol) : "";
            if (SECTION.matcher(label).matches() && !hasValues) {
                section = t.section() == null ? label : t.section() + " > " + label;
                parent = null;
                continue;
            }
            String unitCell = unitCol >= 0 ? row.cell(unitCol) : labelledUnit == null ? "" : labelledUnit;
            String indicator;
            Matcher numbered = NUMBERED.matcher(label);
            boolean top = numbered.matches() && !label.matches("^\\d+[.,]\\d+\\s.*") || stt.matches("\\d{1,2}\\.?");
            if (top) {
                indicator = numbered.matches() ? numbered.group(2).strip() : label;
                parent = indicator;
                parentUnit = unitCell.isEmpty() ? null : unitCell;
            } else {
                String item = CHILD_MARK.matcher(label).replaceFirst("").strip();
                indicator = parent == null ? item : parent + " - " + item;
            }
            String unit = unitCell.isEmpty() ? parentUnit : unitCell;
            for (int c = 0; c < t.columns().size(); c++) {
                if (c == nameCol || c == unitCol || c == noteCol || c == sttCol) {
                    continue;
                }
                Optional<CellValue> v = CellValue.parse(row.cell(c));
                if (v.isEmpty()) {
                    continue;
                }
                String column = headerIsData ? null : t.columns().get(c);
                out.add(cellRecord(t, row, section, indicator, parent, unit, column, v.get()));
            }
            if (noteCol >= 0 && !row.cell(noteCol).isEmpty()) {
                String status = StatusVocabulary.statusOf(row.cell(noteCol));
                if (status != null) {
                    StatusRecord s = base(new StatusRecord(), t, row, section);
                    s.subject = indicator;
                    s.status = status;
                    s.raw = row.cell(noteCol);
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Quantity cellRecord(TableView t, TableView.Row row, String section, String indicator, String parent,
                                       String unit, String column, CellValue v) {
        boolean comparison = column != null && (column.contains("%") || column.toLowerCase(Locale.ROOT).contains("so sánh"));
        boolean percent = comparison || v.percent() || unit != null && unit.strip().equals("%");
        Quantity q;
        if (percent) {
            PercentageRecord p = base(new PercentageRecord(), t, row, section);
            if (comparison) {
                p.role = "attainment";
                p.basis = basisOf(column);
            } else {
                p.role = io.baocao.extract.quantity.PercentageRole.ofIndicator(indicator);
                p.basis = io.baocao.extract.quantity.PercentageRole.basisOfIndicator(indicator);
                if ("growth".equals(p.role)) {
                    p.change = indicator.toLowerCase(Locale.ROOT).matches(".*\\b(mức giảm|giảm)\\b.*") ? "decrease" : "increase";
                }
            }
            q = p;
        } else {
            FigureRecord f = base(new FigureRecord(), t, row, section);
            f.unit = UnitCell.canonical(unit);
            q = f;
        }
        q.raw = v.raw();
        q.value = v.value();
        q.low = v.low();
        q.high = v.high();
        q.comparator = v.comparator();
        q.metric = indicator;
        q.column = column;
        if (!comparison && column != null) {
            Matcher y = YEAR.matcher(column);
            if (y.find()) {
                q.year = Integer.parseInt(y.group());
            }
        }
        return q;
    }

    private static String basisOf(String column) {
        Matcher m = Pattern.compile("(?iu)so\\s+(?:với\\s+)?(NQ|KH|kế hoạch|cùng kỳ|năm\\s+\\d{4}|dự toán)").matcher(column);
        return m.find() ? m.group(1) : null;
    }

    private static <R extends Record> R base(R r, TableView t, TableView.Row row, String section) {
        r.doc = t.doc();
        r.page = row.page();
        r.section = section;
        r.text = String.join(" | ", row.cells().stream().map(c -> c == null ? "" : c.strip()).toList());
        if (t.context() != null) {
            r.year = t.context().year();
            r.jurisdiction = t.context().jurisdiction();
        }
        return r;
    }
}
