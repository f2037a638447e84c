package io.baocao.extract.table;

import io.baocao.extract.grammar.WordLists;
import io.baocao.extract.text.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What each column of a task table holds, read from the words of its header
 * ({@code words/task-table-columns.txt}): the task, who leads it ({@code Cơ quan chủ trì},
 * {@code Đơn vị /Cá nhân đầu mối}), who works with the lead ({@code phối hợp}), when it is due
 * ({@code Thời hạn HT}, {@code Thời gian hoàn thành}), what was done ({@code Tình hình thực hiện}) and
 * where it stands ({@code Trạng thái}). Producers name these columns in many ways; the roles are the
 * same, so a row of any of them gives its status the same fields. A column is -1 when the table has none.
 */
public record TaskColumns(int task, int lead, int partners, List<Integer> deadlines, int report, int state) {
    private static final List<String> KNOWN_ROLES = List.of("ignore", "task", "lead", "partners", "deadline", "report", "state");
    private static final List<Role> ROLES = roles();
    /** A year (so any full date), a quarter, a month: a time a task is due by. */
    private static final Pattern TIME = Pattern.compile("(?iu)(?:19|20)\\d{2}|quý\\s+[IV]+|tháng\\s+\\d");
    /** A cell listing several bodies: split at {@code ;} as printed. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*;\\s*");

    /** The roles of {@code t}'s columns. */
    public static TaskColumns of(TableView t) {
        int task = -1;
        int lead = -1;
        int partners = -1;
        int report = -1;
        int state = -1;
        List<Integer> deadlines = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            String role = role(t.columns().get(i));
            if (role == null) {
                continue;
            }
            switch (role) {
                case "task" -> task = task < 0 ? i : task;
                case "lead" -> lead = lead < 0 ? i : lead;
                case "partners" -> partners = partners < 0 ? i : partners;
                case "report" -> report = report < 0 ? i : report;
                case "state" -> state = state < 0 ? i : state;
                case "deadline" -> deadlines.add(i);
                default -> {
                }
            }
        }
        return new TaskColumns(task, lead, partners, List.copyOf(deadlines), report, state);
    }

    /** The role a header names, or null ({@code ignore} for a column of no actor of the task). */
    static String role(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        for (Role r : ROLES) {
            if (r.pattern.matcher(h).find()) {
                return r.name;
            }
        }
        return null;
    }

    /** A table of tasks and who carries them out: a task column with a lead, a report or a state column. */
    public boolean isTaskTable() {
        return task >= 0 && (lead >= 0 || report >= 0 || state >= 0);
    }

    /** The lead cell of a row, its bodies joined by {@code ", "}; null when empty. */
    public String lead(TableView.Row row) {
        if (lead < 0 || row.cell(lead).isEmpty()) {
            return null;
        }
        String cell = row.cell(lead);
        List<String> bodies = Bodies.split(cell);
        return bodies.size() > 1 ? String.join(", ", bodies) : cell;
    }

    /** The partners of a row: its partner cell split at {@code ;}, or at each body a list prints one a line. */
    public List<String> partners(TableView.Row row) {
        if (partners < 0 || row.cell(partners).isEmpty()) {
            return null;
        }
        String cell = row.cell(partners);
        List<String> out = new ArrayList<>();
        if (cell.contains(";")) {
            for (String p : LIST_SEPARATOR.split(cell)) {
                if (!p.isBlank()) {
                    out.add(p.strip().replaceAll("[.,]$", ""));
                }
            }
        } else {
            out.addAll(Bodies.split(cell.replaceAll("[.,]$", "")));
        }
        return out.isEmpty() ? null : out;
    }

    /** The first deadline cell holding a time expression, else the first that is not empty; null if none. */
    public String deadline(TableView.Row row) {
        for (int c : deadlines) {
            if (TIME.matcher(row.cell(c)).find()) {
                return row.cell(c);
            }
        }
        for (int c : deadlines) {
            if (!row.cell(c).isEmpty()) {
                return row.cell(c);
            }
        }
        return null;
    }

    private record Role(String name, Pattern pattern) {
    }

    private static List<Role> roles() {
        List<Role> out = new ArrayList<>();
        for (String line : WordLists.lines("task-table-columns.txt")) {
            String[] fields = line.split("\\s+", 2);
            if (fields.length != 2 || !KNOWN_ROLES.contains(fields[0])) {
                throw new IllegalStateException("words/task-table-columns.txt: \"" + line + "\" is not ROLE PATTERN with ROLE one of "
                        + KNOWN_ROLES);
            }
            out.add(new Role(fields[0], Pattern.compile(fields[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return List.copyOf(out);
    }
}
