package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * How far reconstructed rows agree with expected rows: the two sequences aligned (most equal cells, in
 * order), then rows reproduced exactly and cells equal, both out of the expected ones.
 */
record Agreement(int exactRows, int expectedRows, int equalCells, int expectedCells, List<String> differences) {

    static Agreement of(List<List<String>> expected, List<List<String>> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int pair = best[i - 1][j - 1] + equalCells(expected.get(i - 1), actual.get(j - 1));
                best[i][j] = Math.max(pair, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        int exact = 0;
        int cells = 0;
        int expectedCells = expected.stream().mapToInt(List::size).sum();
        List<String> diffs = new ArrayList<>();
        int i = n;
        int j = m;
        List<int[]> pairs = new ArrayList<>();
        while (i > 0 && j > 0) {
            int score = equalCells(expected.get(i - 1), actual.get(j - 1));
            if (score > 0 && best[i][j] == best[i - 1][j - 1] + score) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        boolean[] matched = new boolean[n];
        for (int[] p : pairs) {
            List<String> e = expected.get(p[0]);
            List<String> a = actual.get(p[1]);
            int eq = equalCells(e, a);
            cells += eq;
            matched[p[0]] = true;
            if (eq == e.size() && e.size() == a.size()) {
                exact++;
            } else {
                for (int c = 0; c < e.size(); c++) {
                    String got = c < a.size() ? a.get(c) : "<missing>";
                    if (!e.get(c).equals(got)) {
                        diffs.add("row " + (p[0] + 1) + " col " + (c + 1) + "\n    expected: " + e.get(c) + "\n    got:      " + got);
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (!matched[k]) {
                diffs.add("row " + (k + 1) + " not reproduced: " + expected.get(k));
            }
        }
        return new Agreement(exact, n, cells, expectedCells, diffs);
    }

    private static int equalCells(List<String> e, List<String> a) {
        int eq = 0;
        for (int c = 0; c < e.size() && c < a.size(); c++) {
            if (e.get(c).equals(a.get(c))) {
                eq++;
            }
        }
        return eq;
    }

    double rowShare() {
        return expectedRows == 0 ? 1 : (double) exactRows / expectedRows;
    }

    double cellShare() {
        return expectedCells == 0 ? 1 : (double) equalCells / expectedCells;
    }

    @Override
    public String toString() {
        return String.format("rows exact %d/%d (%.1f%%), cells %d/%d (%.1f%%)", exactRows, expectedRows, 100 * rowShare(),
                equalCells, expectedCells, 100 * cellShare());
    }
}
