package io.baocao.extract.status;

import io.baocao.extract.grammar.WordLists;
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
 *
 * <p>The phrases used to be matched as {@code (?iu)} regular expressions on the text, which compares every
 * character through {@code Character.toUpperCase}: 14 % of ingest's CPU went there (docs/PERFORMANCE.md).
 */
public final class StatusVocabulary {
    /**
     * A phrase: its pattern (on folded text), the status it states, and the strings one of which any match
     * contains ({@link RequiredText}): where none is in the passage the pattern is not run.
     */
    public record Phrase(Pattern pattern, String status, List<String> required) {
    }

    public record Hit(String status, int start, int end) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();
    /** Each phrase's regular expression as the word list writes it (parts filled in), for the tests. */
    static final List<String> WRITTEN = new ArrayList<>();

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
                WRITTEN.add(regex);
                String folded = CaseFold.pattern(regex);
                PHRASES.add(new Phrase(Pattern.compile("(?<![\\p{L}])" + folded), name, RequiredText.of(folded)));
            }
        }
    }

    private StatusVocabulary() {
    }

    /** The phrases, in the word list's order (for the tests). */
    static List<Phrase> phrases() {
        return List.copyOf(PHRASES);
    }

    /**
     * Every status phrase in the text, earliest first, overlapping matches dropped. The phrases match
     * case-insensitively: the text is case-folded once ({@link CaseFold}) and every phrase, folded when it
     * was loaded, matches the folded copy case-sensitively; the offsets are the text's (folding keeps them).
     * A phrase none of whose required strings is in the folded text is not run: it could not match.
     */
    public static List<Hit> find(String text) {
        String folded = CaseFold.text(text);
        List<Hit> hits = new ArrayList<>();
        for (Phrase p : PHRASES) {
            if (!RequiredText.mayMatch(p.required, folded)) {
                continue;
            }
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
