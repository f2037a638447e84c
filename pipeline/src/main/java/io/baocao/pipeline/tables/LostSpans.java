package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Word's merged header cells come out of Tika without their span: a cell merged across two columns is
 * one {@code <td>} and the row is short, a cell merged down leaves an empty cell below it. For a short
 * row at the top of a table, above a full one, the spans are put back where they fit the row below best:
 * a spanning cell over labels in every column it spans (a group header), a single cell over an empty
 * one (merged down).
 */
final class LostSpans {
    /** Only the top rows of a table can be header rows. */
    private static final int HEADER_ROWS = 3;
    private static final int MAX_PLACEMENTS = 20_000;

    private LostSpans() {
    }

    /**
     * The column span of each cell of each row; rows that need no change keep their spans. {@code
     * texts.get(r).get(i)} is the text of cell i of row r, {@code spans} their spans as given.
     */
    static List<int[]> restore(List<List<String>> texts, List<int[]> spans) {
        int width = 0;
        for (int[] s : spans) {
            width = Math.max(width, sum(s));
        }
        List<int[]> out = new ArrayList<>(spans);
        for (int r = 0; r < Math.min(HEADER_ROWS, texts.size() - 1); r++) {
            int missing = width - sum(spans.get(r));
            boolean plainRow = spans.get(r).length > 0 && sum(spans.get(r)) == spans.get(r).length;
            List<String> below = texts.get(r + 1);
            boolean fullBelow = sum(spans.get(r + 1)) == width && below.size() == width;
            if (missing > 0 && plainRow && fullBelow && placements(texts.get(r).size(), missing) <= MAX_PLACEMENTS) {
                out.set(r, best(texts.get(r), below, missing));
            }
        }
        return out;
    }

    private static int[] best(List<String> row, List<String> below, int missing) {
        int[] spans = new int[row.size()];
        int[] best = new int[row.size()];
        double[] bestScore = {Double.NEGATIVE_INFINITY};
        search(row, below, spans, 0, missing, best, bestScore);
        return best;
    }

    private static void search(List<String> row, List<String> below, int[] spans, int i, int left, int[] best, double[] bestScore) {
        if (i == row.size()) {
            if (left == 0) {
                double s = score(row, below, spans);
                if (s > bestScore[0]) {
                    bestScore[0] = s;
                    System.arraycopy(spans, 0, best, 0, spans.length);
                }
            }
            return;
        }
        for (int extra = 0; extra <= left; extra++) {
            spans[i] = 1 + extra;
            search(row, below, spans, i + 1, left - extra, best, bestScore);
        }
    }

    private static double score(List<String> row, List<String> below, int[] spans) {
        double score = 0;
        int col = 0;
        for (int i = 0; i < row.size(); i++) {
            boolean filled = !row.get(i).isEmpty();
            if (spans[i] > 1) {
                boolean labelsUnder = true;
                for (int c = col; c < col + spans[i]; c++) {
                    labelsUnder &= !below.get(c).isEmpty();
                }
                score += filled && labelsUnder ? 2 : -1;
            } else if (filled && below.get(col).isEmpty()) {
                score += 1;
            }
            col += spans[i];
        }
        return score;
    }

    private static long placements(int cells, int missing) {
        long n = 1;
        for (int k = 1; k <= missing; k++) {
            n = n * (cells + k - 1) / k;
            if (n > MAX_PLACEMENTS) {
                return n;
            }
        }
        return n;
    }

    private static int sum(int[] spans) {
        int s = 0;
        for (int v : spans) {
            s += v;
        }
        return s;
    }
}
