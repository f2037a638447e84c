package io.baocao.extract.status;

import io.baocao.extract.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that state where a task or an indicator stands, mapped once to the contract's values
 * ({@code done}, {@code in_progress}, {@code not_started}; {@code met}, {@code exceeded},
 * {@code mostly_met}, {@code not_met}, {@code pending}). Matched on folded text.
 */
public final class StatusVocabulary {
    public record Phrase(Pattern pattern, String status) {
    }

    public record Hit(String status, int start, int end) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    /** Adverbs that may sit between "đang"/"đã" and the verb: "đang tiếp tục khẩn trương tổ chức …". */
    private static final String ADVERBS = "(?:(?:tiếp tục|khẩn trương|tích cực|tập trung|được|chủ động|cơ bản|từng bước) )*";
    /** Verbs of work on a task. */
    private static final String WORK = "(?:thực hiện|triển khai|xây dựng|thi công|lập|hoàn thiện|hoàn chỉnh|"
            + "tổ chức|lựa chọn|thẩm định|trình|giải phóng|bồi thường|đầu tư|nâng cấp|sửa chữa|vận hành thử)";
    /** Coordination and review: the state of a task only when the clause is about tasks, not an agency's day. */
    private static final String COORDINATION = "(?:rà soát|phối hợp)";
    /** What a target is measured against. */
    private static final String TARGET = "(?:nq|nghị quyết|chỉ tiêu|kế hoạch|mục tiêu|yêu cầu|tiến độ|kỳ vọng|"
            + "kết quả như kỳ vọng|được mức)";

    static {
        // indicators against their targets (NQ = the council's resolution)
        add("cơ bản đạt (?:" + TARGET + ")?", "mostly_met");
        add("(?:vẫn |còn )?chưa đạt (?:" + TARGET + ")", "not_met");
        add("không đạt (?:" + TARGET + ")", "not_met");
        add("vượt (?:nq|nghị quyết|chỉ tiêu)(?! \\d)", "exceeded");
        add("(?<!chưa |không |cơ bản |phấn đấu |khả năng |để |cần |sẽ |phải |nhằm )đạt (?:nq|nghị quyết)(?![\\p{L}])", "met");
        add("(?<!chưa |không |cơ bản |phấn đấu |khả năng |để |cần |sẽ |phải |nhằm )đạt chỉ tiêu"
                + "(?! (?:giải ngân|đề ra|của|về|tăng|\\p{L}+ \\d))", "met");
        add("(?<=\\d{1,3}/\\d{1,3} chỉ tiêu )đạt(?=[,;.]|$)", "met");
        add("(?:cuối năm đánh giá|đánh giá vào cuối năm|đánh giá (?:kết quả )?cuối năm|công bố kết quả [^.;]{0,40}cuối năm)", "pending");
        // tasks
        add("(?:đã |(?<=^|[;:.] )|(?<=^[-+] ))hoàn thành(?! \\d)", "done");
        add("(?<=thực hiện )hoàn thành(?= [\\p{Lu}Đ])", "done");
        add("đã thực hiện xong|đã thực hiện hoàn thành", "done");
        add("(?:đã )?(?:tổ chức )?thực hiện(?:,| hoặc| và) (?:đã )?(?:được )?ban hành", "done");
        add("đã (?:được )?triển khai thực hiện(?= theo| xong|[,;:.]|$)", "done");
        add("đã và đang " + WORK, "in_progress");
        add("đang (?:trong (?:quá trình|giai đoạn) (?:thực hiện|triển khai))", "in_progress");
        add("đang " + ADVERBS + WORK, "in_progress");
        add("(?<=(?:nhiệm vụ|dự án|công trình|đề án|kế hoạch|chương trình)[^;.]{0,60})đang " + ADVERBS + COORDINATION,
                "in_progress");
        add("(?<=\\d{1,3}\\s(?:dự án|nhiệm vụ|công trình|hạng mục|gói thầu|chỉ tiêu)\\s)(?:đã\\s)?hoàn thành", "done");
        add("(?<=^|[;.] )đã thực hiện(?= và|[.,;]|$)", "done");
        add("đã ban hành", "done");
        add("chưa (?:được )?(?:triển khai|thực hiện|khởi công|xây dựng)", "not_started");
        add("(?:(?:được )?(?:tổ chức )?(?:thực hiện|triển khai) )?sau năm \\d{4}(?=[-–,;.\\s]|$)", "not_started");
    }

    private static void add(String regex, String status) {
        PHRASES.add(new Phrase(Pattern.compile("(?iu)(?<![\\p{L}])" + regex), status));
    }

    private StatusVocabulary() {
    }

    /** Every status phrase in the text, earliest first, overlapping matches dropped. */
    public static List<Hit> find(String text) {
        String folded = text;
        List<Hit> hits = new ArrayList<>();
        for (Phrase p : PHRASES) {
            Matcher m = p.pattern.matcher(folded);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                boolean overlap = hits.stream().anyMatch(h -> s < h.end() && e > h.start());
                if (!overlap) {
                    hits.add(new Hit(p.status, s, e));
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** The status a legend line or a status cell states, if it states exactly one. */
    public static String statusOf(String text) {
        List<Hit> hits = find(text);
        return hits.isEmpty() ? null : hits.get(0).status();
    }
}
