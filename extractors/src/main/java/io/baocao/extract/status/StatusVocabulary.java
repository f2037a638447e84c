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

    static {
        // indicators against their targets (NQ = the council's resolution)
        add("co ban dat (?:nq|nghi quyet|chi tieu|ke hoach)", "mostly_met");
        add("chua dat (?:nq|nghi quyet|chi tieu|ke hoach|muc tieu|yeu cau)", "not_met");
        add("khong dat (?:nq|nghi quyet|chi tieu|ke hoach|muc tieu)", "not_met");
        add("vuot (?:nq|nghi quyet|chi tieu)(?! \\d)", "exceeded");
        add("(?<!chua |khong |co ban |phan dau |kha nang |de |can |se |phai )dat (?:nq|nghi quyet)(?![\\p{L}])", "met");
        add("(?<!chua |khong |co ban |phan dau |kha nang |de |can |se |phai )dat chi tieu(?! (?:giai ngan|de ra|cua|ve|tang|\\p{L}+ \\d))", "met");
        add("(?:cuoi nam danh gia|danh gia vao cuoi nam|danh gia (?:ket qua )?cuoi nam|cong bo ket qua [^.;]{0,40}cuoi nam)", "pending");
        // tasks
        add("(?<!chua |khong )(?:da )?hoan thanh(?= (?:dua vao su dung|thi cong|xay dung)|[;.,)]|$)", "done");
        add("da hoan thanh", "done");
        add("da thuc hien xong|da thuc hien hoan thanh", "done");
        add("dang trong qua trinh (?:thuc hien|trien khai)", "in_progress");
        add("dang (?:duoc )?(?:to chuc )?(?:thuc hien|trien khai)", "in_progress");
        add("dang (?:to chuc )?(?:lap|hoan thien|thi cong|xay dung|hoan chinh)", "in_progress");
        add("chua (?:duoc )?(?:trien khai|thuc hien|khoi cong)", "not_started");
        add("trien khai sau nam", "not_started");
    }

    private static void add(String regex, String status) {
        PHRASES.add(new Phrase(Pattern.compile("(?<![\\p{L}])" + regex), status));
    }

    private StatusVocabulary() {
    }

    /** Every status phrase in the text, earliest first, overlapping matches dropped. */
    public static List<Hit> find(String text) {
        String folded = TextFold.fold(text);
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
