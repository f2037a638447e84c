package io.baocao.extract.table;

import io.baocao.extract.text.TableView;

import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.status.StatusVocabulary;
import io.baocao.extract.text.TextFold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task tables (STT, nội dung, cơ quan chủ trì, cơ quan phối hợp, thời gian …, tình hình thực hiện): each
 * numbered row carrying a mark ({@code 1 (*)}, {@code 4 (***) và 9 (***)}) is a status, its meaning read
 * from the legend printed under that very table (the same mark means different things in different
 * appendices). A mark the legend gives several meanings (the asterisks of a PDF lost in conversion) takes
 * the meaning whose legend text the row's own text shares most words with.
 */
public final class TaskTableExtractor {
    private static final Pattern MARKED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)\\s*\\((\\**)\\)");
    private static final Pattern LEGEND = Pattern.compile("^\\s*[-+•]?\\s*\\((\\**)\\)\\s*(.+)$");
    private static final Pattern TIME = Pattern.compile("(?iu)(?:19|20)\\d{2}|quý\\s+[IV]+|tháng\\s+\\d");

    public static boolean accepts(TableView t) {
        return t.column("cơ quan chủ trì|chủ trì|đơn vị chủ trì|cơ quan thực hiện") >= 0
                || t.column("^(?:nội dung công việc|nhiệm vụ|tên dự án|tên nhiệm vụ)") >= 0
                && t.column("tình hình|kết quả|báo cáo") >= 0
                || leadsNamed(TaskColumns.of(t));
    }

    /** A task table of another producer: its lead column named in its own words ({@code Đơn vị đầu mối}). */
    private static boolean leadsNamed(TaskColumns c) {
        return c.isTaskTable() && c.lead() >= 0;
    }

    /**
     * The columns of a task table that are not prose to read for figures, references and statuses: the
     * row number, who leads and who helps, who approves, the source of funds, the product.
     */
    public static Set<Integer> nonProseColumns(TableView t) {
        Set<Integer> out = new HashSet<>();
        for (String who : new String[] {"^(?:STT|TT|Số TT)$", "chủ trì", "phối hợp", "cấp phê duyệt", "nguồn vốn", "sản phẩm"}) {
            int c = t.column(who);
            if (c >= 0) {
                out.add(c);
            }
        }
        // who leads, who helps, who supervises, in whatever words the producer named them
        for (int c = 0; c < t.columns().size(); c++) {
            String role = TaskColumns.role(t.columns().get(c));
            if ("lead".equals(role) || "partners".equals(role) || "ignore".equals(role)) {
                out.add(c);
            }
        }
        return out;
    }

    public List<StatusRecord> extract(TableView t) {
        int stt = t.column("^(?:STT|TT|Số TT)$");
        int task = t.column("nội dung|nhiệm vụ|tên dự án|dự án|danh mục");
        TaskColumns columns = TaskColumns.of(t);
        Map<String, List<String>> legend = legend(t.legend());
        List<StatusRecord> out = new ArrayList<>();
        for (TableView.Row row : t.rows()) {
            String first = stt >= 0 ? row.cell(stt) : row.cell(0);
            Matcher m = MARKED.matcher(first);
            String rowText = String.join(" ", row.cells());
            while (m.find()) {
                String status = meaning(legend, m.group(2), rowText);
                if (status == null) {
                    continue;
                }
                StatusRecord s = new StatusRecord();
                s.doc = t.doc();
                s.page = row.page();
                s.section = t.section();
                s.text = String.join(" | ", row.cells().stream().map(String::strip).toList());
                if (t.context() != null) {
                    s.year = t.context().year();
                    s.jurisdiction = t.context().jurisdiction();
                }
                s.subject = task >= 0 ? row.cell(task) : null;
                s.status = status;
                s.raw = "(" + m.group(2) + ")";
                s.lead = columns.lead(row);
                s.partners = columns.partners(row);
                s.deadline = columns.deadline(row);
                out.add(s);
            }
        }
        return out;
    }

    /** Mark → the statuses its legend lines state ("(*) Nhiệm vụ đã được tổ chức thực hiện …" → done). */
    static Map<String, List<String>> legend(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String l : lines) {
            Matcher m = LEGEND.matcher(l);
            if (m.find()) {
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
            }
        }
        return out;
    }

    private static String meaning(Map<String, List<String>> legend, String mark, String rowText) {
        List<String> texts = legend.get(mark);
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String best = null;
        int bestOverlap = -1;
        String firstStatus = null;
        boolean agree = true;
        for (String text : texts) {
            String status = legendStatus(text);
            if (status == null) {
                continue;
            }
            if (firstStatus == null) {
                firstStatus = status;
            } else if (!firstStatus.equals(status)) {
                agree = false;
            }
            int overlap = overlap(text, rowText, texts);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = status;
            }
        }
        return agree ? firstStatus : best;
    }

    /**
     * What a legend line says of the tasks it marks, read from its words: a task only being reviewed,
     * studied or advised on ({@code đang được … rà soát, tham mưu …}) has not started; else the status
     * its phrase states; else its aspect marker ({@code đã} done, {@code đang} in progress, {@code chưa},
     * {@code sẽ}, {@code sắp} not started). A line that states none gives no status.
     */
    static String legendStatus(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (PREPARATION.matcher(t).find()) {
            return "not_started";
        }
        String status = StatusVocabulary.statusOf(text);
        if (status != null) {
            return status;
        }
        Matcher m = ASPECT.matcher(t);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "đã" -> "done";
            case "đang" -> "in_progress";
            default -> "not_started";
        };
    }

    /** Review, study, advice: the work before a task is carried out. */
    private static final Pattern PREPARATION = Pattern.compile(
            "(?<![\\p{L}])đang (?:được )?(?:[^,;.]{0,60} )?(?:rà soát|tham mưu|nghiên cứu)(?![\\p{L}])");
    /** The aspect markers of Vietnamese: where the action stands in time. */
    private static final Pattern ASPECT = Pattern.compile("(?<![\\p{L}])(đã|đang|chưa|sẽ|sắp)(?![\\p{L}])");

    /**
     * Distinctive word pairs shared by a legend line and a row ("sau năm"): pairs every candidate line
     * has ("dự án") tell nothing and are not counted.
     */
    private static int overlap(String legendText, String rowText, List<String> candidates) {
        String row = " " + TextFold.foldWords(rowText) + " ";
        String[] words = TextFold.foldWords(legendText).split(" ");
        int n = 0;
        for (int i = 0; i + 1 < words.length; i++) {
            String pair = " " + words[i] + " " + words[i + 1] + " ";
            boolean common = candidates.stream().allMatch(c -> (" " + TextFold.foldWords(c) + " ").contains(pair));
            if (!common && row.contains(pair)) {
                n++;
            }
        }
        return n;
    }
}
