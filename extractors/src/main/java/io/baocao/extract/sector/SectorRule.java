package io.baocao.extract.sector;

import io.baocao.extract.grammar.WordLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * The rule for a passage's sector, the baseline the sector model competes with: the word list
 * {@code words/sector-words.txt} gives each sector the phrases that say a passage is about it; a phrase in
 * the passage's nearest heading counts three, one in its text one, each phrase once; the sector with the
 * most wins (a tie goes to the sector listed first), and a passage with no phrase of any is
 * {@link Sectors#GENERAL}. Phrases match whole words, case-insensitively, marks as written.
 */
public final class SectorRule implements SectorClassifier {
    static final int HEADING_WEIGHT = 3;
    private final List<Sector> sectors = new ArrayList<>();
    private final List<List<String>> phrases = new ArrayList<>();

    public SectorRule() {
        for (List<String> row : WordLists.rows("sector-words.txt")) {
            Sector s = Sectors.byId(row.get(0)).orElseThrow(() -> new IllegalStateException(
                    "words/sector-words.txt: \"" + row.get(0) + "\" is not a sector of words/sectors.txt"));
            // "kinh tế - xã hội" and "kinh tế xã hội" are the same words: each counts once
            Set<String> words = new LinkedHashSet<>();
            for (String phrase : row.subList(1, row.size())) {
                String w = words(phrase);
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
            sectors.add(s);
            phrases.add(List.copyOf(words));
        }
    }

    @Override
    public String sectorOf(String section, String text) {
        return of(SectorFeatures.nearestHeading(section), text).id();
    }

    /** The sector of a passage under a heading (either may be null). */
    public Sector of(String heading, String text) {
        String h = words(heading);
        String t = words(text);
        Sector best = Sectors.GENERAL;
        int bestScore = 0;
        for (Sector s : Sectors.ALL) {
            int i = sectors.indexOf(s);
            if (i < 0) {
                continue;
            }
            int score = 0;
            for (String p : phrases.get(i)) {
                score += (h.contains(p) ? HEADING_WEIGHT : 0) + (t.contains(p) ? 1 : 0);
            }
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The rule's evidence as model features: {@code kw:SECTOR} for each of the sector's phrases in the text,
     * {@code hkw:SECTOR} for each in the heading (the word lists as features, the model weighing them).
     */
    public List<String> phraseFeatures(String heading, String text) {
        String h = words(heading);
        String t = words(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            for (String p : phrases.get(i)) {
                if (h.contains(p)) {
                    out.add("hkw:" + sectors.get(i).id());
                }
                if (t.contains(p)) {
                    out.add("kw:" + sectors.get(i).id());
                }
            }
        }
        return out;
    }

    /** Lower-case words between single spaces, a space before and after: whole-word {@code contains}. */
    private static String words(String text) {
        StringBuilder sb = new StringBuilder(" ");
        for (String t : SectorFeatures.tokens(text)) {
            sb.append(t.toLowerCase(Locale.ROOT)).append(' ');
        }
        return sb.toString();
    }
}
