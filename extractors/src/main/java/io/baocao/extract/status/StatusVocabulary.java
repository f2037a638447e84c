package io.baocao.extract.status;

import io.baocao.extract.grammar.WordLists;
import io.baocao.extract.text.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that state where a task or an indicator stands, mapped once to the contract's values
 * ({@code done}, {@code in_progress}, {@code not_started}; {@code met}, {@code exceeded},
 * {@code mostly_met}, {@code not_met}, {@code pending}), as the word list {@code words/status-phrases.txt}
 * writes them.
 */
public final class StatusVocabulary {
    public record Phrase(Pattern pattern, String status) {
    }

    public record Hit(String status, int start, int end) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    static {
        Map<String, String> parts = new HashMap<>();
        for (String line : WordLists.lines("status-phrases.txt")) {
            int space = line.indexOf(' ');
            String name = line.substring(0, space);
            String regex = line.substring(space + 1).strip();
            for (Map.Entry<String, String> part : parts.entrySet()) {
                regex = regex.replace("{" + part.getKey() + "}", part.getValue());
            }
            if (name.startsWith("@")) {
                parts.put(name.substring(1), regex);
            } else {
                PHRASES.add(new Phrase(Pattern.compile("(?iu)(?<![\\p{L}])" + regex), name));
            }
        }
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
