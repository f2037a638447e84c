package io.baocao.extract.table;

import io.baocao.extract.text.TableView;

import io.baocao.extract.model.Record;
import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The cells of a table read as prose (figures, references and statuses written in a report cell, on the
 * row's own page): each cell is a passage; the evidence of a record read from it is its whole row, and a
 * status read outside the task column is the status of the row's task. In a task table such a status is
 * the task's: it takes the row's lead, partners and deadline ({@link TaskColumns}).
 */
public final class ProseCells {
    /**
     * The aspect markers that report a state ({@code đã}, {@code đang}, {@code chưa} …): in the task cell of
     * a task table, which states the task as it was assigned, only a phrase opening with one is a status.
     */
    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
            "(?iu)^(?:đã|đang|chưa|còn|vẫn|sắp)(?![\\p{L}])");

    private ProseCells() {
    }

    public static List<Record> read(TableView t, Set<Integer> skip, Function<Passage, List<Record>> passages) {
        return read(t, skip, null, passages);
    }

    /** As {@link #read(TableView, Set, Function)}; {@code tasks} the columns of a task table, or null. */
    public static List<Record> read(TableView t, Set<Integer> skip, TaskColumns tasks,
                                    Function<Passage, List<Record>> passages) {
        List<Record> out = new ArrayList<>();
        int task = t.column("nội dung|nhiệm vụ|tên dự án|dự án|danh mục");
        for (TableView.Row row : t.rows()) {
            String rowText = String.join(" | ", row.cells().stream().map(String::strip).filter(x -> !x.isEmpty()).toList());
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cell(c);
                if (skip.contains(c) || cell.isEmpty()) {
                    continue;
                }
                Passage p = new Passage(t.doc(), row.page(), t.section(), cell, Passage.Kind.TABLE_CELL, t.context(), null);
                for (Record r : passages.apply(p)) {
                    if (tasks != null && c == tasks.task() && r instanceof StatusRecord s && !REPORTED.matcher(s.raw).find()) {
                        continue; // "…; hoàn thành đề án kiện toàn …" in a task cell is the task assigned, not its state
                    }
                    r.text = rowText;
                    if (r instanceof StatusRecord s && task >= 0 && c != task) {
                        s.subject = row.cell(task);
                    }
                    if (r instanceof StatusRecord s && tasks != null) {
                        s.lead = s.lead != null ? s.lead : tasks.lead(row);
                        s.partners = s.partners != null ? s.partners : tasks.partners(row);
                        s.deadline = s.deadline != null ? s.deadline : tasks.deadline(row);
                    }
                    out.add(r);
                }
            }
        }
        return out;
    }
}
