package io.baocao.extract.status;

import io.baocao.extract.Extractor;
import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
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
    /** After these, "đang thực hiện …" describes an action, not where a task stands. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*(?:\\d|khoang \\d)");

    @Override
    public List<StatusRecord> extract(Passage passage) {
        if (passage.kind() == Passage.Kind.HEADER || passage.row() != null) {
            return List.of();
        }
        String text = passage.text();
        String folded = TextFold.fold(text);
        List<StatusRecord> out = new ArrayList<>();
        for (StatusVocabulary.Hit hit : StatusVocabulary.find(text)) {
            String after = folded.substring(hit.end());
            if (NUMBER_AFTER.matcher(after).find()) {
                continue;
            }
            if (passage.kind() == Passage.Kind.HEADING) {
                continue;
            }
            StatusRecord s = new StatusRecord().from(passage);
            s.status = hit.status();
            s.raw = text.substring(hit.start(), hit.end());
            s.subject = subject(text, hit.start());
            out.add(s);
        }
        return out;
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
