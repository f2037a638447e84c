package io.baocao.extract.status;

import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.Extractor;
import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Statuses stated in prose: a status phrase that is the predicate of a task, a project, an indicator
 * or a counted set of them ({@code 07 nhiệm vụ đã hoàn thành}). The same words used as a modifier
 * ({@code vốn đầu tư đã thực hiện 1,212 tỷ USD}) or with an object ({@code Đã thực hiện báo cáo}) are
 * not statuses; a narrative verb alone is not one either.
 */
public final class StatusExtractor implements Extractor {
    /** "vốn đầu tư đã thực hiện 1,212 tỷ USD", "tổng mức đầu tư đang thực hiện là …": an amount, not a status. */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("^\\s*(?:là\\s+|:\\s*)?(?:khoảng\\s+)?\\d[\\d.,]*\\s*(?:tỷ|triệu|nghìn|%|đồng|USD)");
    /** A condition or a purpose, not a fact: "Khi các dự án hoàn thành …", "phấn đấu vượt chỉ tiêu". */
    private static final Pattern NOT_A_FACT_BEFORE = Pattern.compile(
            "(?iu)(?:\\bkhi|\\bnếu|phấn đấu|phần đấu|phân đấu|phấn đầu|nhằm|để|sẽ|cần|phải|dự kiến|kế hoạch|khả năng|bảo đảm|đảm bảo)\\s+(?:\\p{L}+\\s+){0,6}$");

    @Override
    public List<StatusRecord> extract(AnnotatedPassage annotated) {
        Passage passage = annotated.passage();
        if (passage.kind() == Passage.Kind.HEADER || passage.row() != null) {
            return List.of();
        }
        String text = passage.text();
        List<StatusRecord> out = new ArrayList<>();
        boolean taskSection = isTaskSection(passage);
        for (StatusVocabulary.Hit hit : StatusVocabulary.find(text)) {
            String after = text.substring(hit.end());
            if (AMOUNT_AFTER.matcher(after).find()) {
                continue;
            }
            String raw = text.substring(hit.start(), hit.end());
            // "đã ban hành …" reports a task done in a task table's report; in prose it is narration
            if (raw.toLowerCase(java.util.Locale.ROOT).startsWith("đã ban hành") && passage.kind() != Passage.Kind.TABLE_CELL) {
                continue;
            }
            if (taskSection && !STATED.matcher(raw).find()) {
                continue;
            }
            String clause = clauseBefore(text, hit.start());
            if (NOT_A_FACT_BEFORE.matcher(clause).find() && !"pending".equals(hit.status())) {
                continue;
            }
            if (passage.kind() == Passage.Kind.HEADING) {
                continue;
            }
            StatusRecord s = new StatusRecord().from(passage);
            s.page = passage.clausePageAt(hit.start());
            s.status = hit.status();
            s.raw = text.substring(hit.start(), hit.end());
            s.subject = subject(text, hit.start());
            out.add(s);
        }
        return out;
    }

    /** Words that report a state even among instructions: "đã", "đang", "chưa" … */
    private static final Pattern STATED = Pattern.compile("(?iu)^(?:đã|đang|chưa|cơ bản|vẫn|còn|không|[\\p{L} ]*sau năm)");
    /** Where a report turns to what is to be done (or a plan, all of which is): instructions, not statuses. */
    private static final Pattern TASK_HEADING = Pattern.compile(
            "(?iu)(?:^|> )(?:[IVX]+\\.\\s*)?(?:NHIỆM VỤ|PHƯƠNG HƯỚNG|GIẢI PHÁP|Điều 2\\b|[^>]*nhiệm vụ, giải pháp[^>]*cuối năm)");

    private static boolean isTaskSection(Passage p) {
        if (p.context() != null && "Kế hoạch".equals(p.context().kind())) {
            return true;
        }
        return p.section() != null && TASK_HEADING.matcher(p.section()).find();
    }

    private static String clauseBefore(String text, int at) {
        int start = Math.max(Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(',', at - 1)),
                Math.max(text.lastIndexOf(':', at - 1), text.lastIndexOf(". ", at - 1)));
        return text.substring(start + 1, at);
    }

    /** The clause before the phrase: what the status is of. */
    private static String subject(String text, int at) {
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' || c == ':') {
                start = i + 1;
                break;
            }
        }
        String subject = text.substring(start, at).strip().replaceAll("[,\\s]+$", "");
        if (subject.matches("(?su).*\\d\\s*\\p{L}+\\s+và$")) {
            // "đã hoàn thành 29.862 phòng và đang triển khai xây dựng 8.837 phòng học": after a counted set and
            // "và" the status is of what it names next, not of the clause before
            subject = "";
        }
        if (subject.isEmpty()) {
            int end = text.indexOf(';', at);
            subject = text.substring(at, end < 0 ? Math.min(text.length(), at + 120) : end).strip();
        }
        String[] words = subject.split("\\s+");
        if (words.length > 30) {
            subject = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 30, words.length));
        }
        return subject;
    }
}
