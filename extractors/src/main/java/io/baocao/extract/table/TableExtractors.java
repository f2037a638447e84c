package io.baocao.extract.table;

import io.baocao.extract.Extractors;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place tables are read: an indicator table yields its cells and note labels; a task table its
 * marked rows, then every cell of prose in it is read like any passage (figures, references and statuses
 * written in a report cell, on the row's own page); any other table is read cell by cell as prose.
 */
public final class TableExtractors {
    private final Extractors passages;

    public TableExtractors(Extractors passages) {
        this.passages = passages;
    }

    public List<Record> extract(TableView t) {
        List<Record> out = new ArrayList<>();
        if (IndicatorTableExtractor.accepts(t)) {
            out.addAll(new IndicatorTableExtractor().extract(t));
            return out;
        }
        List<Integer> skip = new ArrayList<>();
        if (TaskTableExtractor.accepts(t)) {
            out.addAll(new TaskTableExtractor().extract(t));
            for (String who : new String[] {"^(?:STT|TT|Số TT)$", "chủ trì", "phối hợp", "cấp phê duyệt", "nguồn vốn", "sản phẩm"}) {
                int c = t.column(who);
                if (c >= 0) {
                    skip.add(c);
                }
            }
        }
        int task = t.column("nội dung|nhiệm vụ|tên dự án|dự án|danh mục");
        for (TableView.Row row : t.rows()) {
            String rowText = String.join(" | ", row.cells().stream().map(String::strip).filter(x -> !x.isEmpty()).toList());
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cell(c);
                if (skip.contains(c) || cell.isEmpty()) {
                    continue;
                }
                Passage p = new Passage(t.doc(), row.page(), t.section(), cell, Passage.Kind.TABLE_CELL, t.context(), null);
                for (Record r : passages.extract(p)) {
                    // the evidence of a record in a cell is its table row
                    r.text = rowText;
                    if (r instanceof io.baocao.extract.model.StatusRecord s && task >= 0 && c != task) {
                        s.subject = row.cell(task);
                    }
                    out.add(r);
                }
            }
        }
        return out;
    }
}
