package io.baocao.index;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.text.TextFold;
import io.baocao.index.analysis.ToneMarkFilter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a query matched an evidence text, as [start, end) spans of the text: the words that meet the
 * query's syllables the way the search does (a marked syllable as typed, an unmarked one in any
 * spelling), the whole run when the syllables stand side by side, and the document numbers it names.
 */
final class Highlights {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Highlights() {
    }

    private record Word(int start, int end, String exact, String folded) {
        boolean meets(String syllable) {
            return QueryBuilder.Parsed.marked(syllable) ? exact.equals(syllable) : folded.equals(syllable);
        }
    }

    static List<int[]> of(String text, QueryBuilder.Parsed query) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = Normalizer.normalize(m.group(), Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
            words.add(new Word(m.start(), m.end(), ToneMarkFilter.modernize(w), TextFold.fold(w)));
        }
        List<String> syllables = query.syllables();
        boolean phraseFound = false;
        if (syllables.size() > 1) {
            for (int i = 0; i + syllables.size() <= words.size(); i++) {
                boolean all = true;
                for (int k = 0; k < syllables.size() && all; k++) {
                    all = words.get(i + k).meets(syllables.get(k));
                }
                if (all) {
                    out.add(new int[] {words.get(i).start(), words.get(i + syllables.size() - 1).end()});
                    phraseFound = true;
                    i += syllables.size() - 1;
                }
            }
        }
        if (!phraseFound) {
            for (Word w : words) {
                if (syllables.stream().anyMatch(w::meets)) {
                    out.add(new int[] {w.start(), w.end()});
                }
            }
        }
        if (!query.numbers().isEmpty()) {
            for (DocumentNumber.Found n : DocumentNumber.findAll(text)) {
                if (query.numbers().contains(QueryBuilder.numberKey(n.canonical()))) {
                    out.add(new int[] {n.start(), n.end()});
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        // a number's span may cover a word's (42/NQ-HĐND holds NQ): keep the outer one
        List<int[]> merged = new ArrayList<>();
        for (int[] s : out) {
            if (!merged.isEmpty() && s[0] < merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
