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

    /**
     * {@link TextFold#foldChar} of each char, as it is first asked (0: not yet): it normalises a char at a
     * time, and a search highlights thousands of words.
     */
    private static final int[] FOLDED = new int[Character.MAX_VALUE + 1];

    private record Word(int start, int end, String exact, String folded) {
        boolean meets(String syllable, boolean marked) {
            return marked ? exact.equals(syllable) : folded.equals(syllable);
        }
    }

    /** {@link TextFold#fold} of a word already in NFC, each char folded once for all searches. */
    private static String fold(String nfc) {
        char[] out = new char[nfc.length()];
        for (int i = 0; i < out.length; i++) {
            char c = nfc.charAt(i);
            int f = FOLDED[c];
            if (f == 0) {
                f = TextFold.foldChar(c) + 1;
                FOLDED[c] = f;
            }
            out[i] = (char) (f - 1);
        }
        return new String(out);
    }

    static List<int[]> of(String text, QueryBuilder.Parsed query) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<String> syllables = query.syllables();
        // whether each syllable must match as typed (marked) or in any spelling, decided once
        boolean[] marked = new boolean[syllables.size()];
        boolean anyMarked = false;
        boolean anyUnmarked = false;
        for (int k = 0; k < marked.length; k++) {
            marked[k] = QueryBuilder.Parsed.marked(syllables.get(k));
            anyMarked |= marked[k];
            anyUnmarked |= !marked[k];
        }
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = Normalizer.normalize(m.group(), Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
            words.add(new Word(m.start(), m.end(), anyMarked ? ToneMarkFilter.modernize(w) : null,
                    !anyUnmarked ? null : Normalizer.isNormalized(w, Normalizer.Form.NFC) ? fold(w) : TextFold.fold(w)));
        }
        boolean phraseFound = false;
        if (syllables.size() > 1) {
            for (int i = 0; i + syllables.size() <= words.size(); i++) {
                boolean all = true;
                for (int k = 0; k < syllables.size() && all; k++) {
                    all = words.get(i + k).meets(syllables.get(k), marked[k]);
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
                for (int k = 0; k < marked.length; k++) {
                    if (w.meets(syllables.get(k), marked[k])) {
                        out.add(new int[] {w.start(), w.end()});
                        break;
                    }
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
