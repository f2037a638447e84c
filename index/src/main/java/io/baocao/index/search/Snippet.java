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

    /**
     * A heading path cut to {@code n} characters from the front, so the most specific heading stays:
     * {@code … > 3. Đánh giá khả năng hoàn thành các chỉ tiêu > b) 04/17 chỉ tiêu còn nhiều khó khăn}.
     */
    public static String clipPath(String path, int n) {
        if (path == null || path.length() <= n) {
            return path;
        }
        String[] parts = path.split(" > ");
        String out = parts[parts.length - 1];
        if (out.length() + 4 > n) {
            // the most specific heading alone, cut from its front when even it is too long
            return "…" + out.substring(Math.max(0, out.length() - (n - 1)));
        }
        for (int i = parts.length - 2; i >= 0; i--) {
            String longer = parts[i] + " > " + out;
            if (longer.length() + 4 > n) {
                break;
            }
            out = longer;
        }
        return "… > " + out;
    }

    /** The string cut to {@code n} characters, an ellipsis marking the cut. */
    public static String clip(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
