package io.baocao.index.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of an evidence text shown to a reader, cut around the first match when the text is long,
 * as pieces that are either matched or not, so each front end marks matches its own way.
 *
 * @param cutBefore text was left out before the first piece
 * @param pieces the text shown, in order
 * @param cutAfter text was left out after the last piece
 */
public record Snippet(boolean cutBefore, List<Piece> pieces, boolean cutAfter) {
    /** A run of text, {@code matched} when the query matched it. */
    public record Piece(String text, boolean matched) {
    }

    /** At most {@code width} characters of {@code text}, starting a little before the first match. */
    public static Snippet of(String text, List<int[]> highlights, int width) {
        String t = text == null ? "" : text;
        int from = 0;
        int to = t.length();
        if (t.length() > width) {
            int center = highlights.isEmpty() ? 0 : highlights.get(0)[0];
            from = Math.max(0, center - (width * 7 / 16));
            to = Math.min(t.length(), from + width);
        }
        List<Piece> pieces = new ArrayList<>();
        int pos = from;
        for (int[] span : highlights) {
            if (span[0] < pos || span[1] > to) {
                continue;
            }
            if (span[0] > pos) {
                pieces.add(new Piece(t.substring(pos, span[0]), false));
            }
            pieces.add(new Piece(t.substring(span[0], span[1]), true));
            pos = span[1];
        }
        if (to > pos) {
            pieces.add(new Piece(t.substring(pos, to), false));
        }
        return new Snippet(from > 0, pieces, to < t.length());
    }

    /** The string cut to {@code n} characters, an ellipsis marking the cut. */
    public static String clip(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
