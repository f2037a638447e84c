package io.baocao.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Moves tone marks from the old placement to the new one on the syllables where both are in use
 * ({@code hoà} → {@code hòa}, {@code thuỷ} → {@code thủy}, {@code khoẻ} → {@code khỏe}), so an exact
 * search for one spelling finds the other. {@code qu} + vowel is left alone ({@code quý} is right).
 */
public final class ToneMarkFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /** Old → new: the marked second vowel of oa/oe/uy carries the mark on the first vowel. */
    private static final String[][] PAIRS = {
        {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
        {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
    };

    public ToneMarkFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String t = term.toString();
        String fixed = modernize(t);
        if (!fixed.equals(t)) {
            term.setEmpty().append(fixed);
        }
        return true;
    }

    public static String modernize(String syllable) {
        String s = syllable;
        for (String[] p : PAIRS) {
            int i = s.indexOf(p[0]);
            if (i < 0) {
                continue;
            }
            // a syllable ending after the pair (hoà, thuỷ) moves the mark; hoàn, quý keep theirs
            boolean last = i + 2 == s.length();
            boolean qu = p[0].charAt(0) == 'u' && i > 0 && (s.charAt(i - 1) == 'q' || s.charAt(i - 1) == 'Q');
            if (last && !qu) {
                s = s.substring(0, i) + p[1] + s.substring(i + 2);
            }
        }
        return s;
    }
}
