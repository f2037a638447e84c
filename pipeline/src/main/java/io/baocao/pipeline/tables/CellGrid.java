package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A grid of cells drawn with ruling lines. Rulings that cross one another form one grid; its column
 * and row boundaries are the distinct positions of its vertical and horizontal lines. Where the line
 * between two neighbouring boxes is missing the boxes are one merged cell (a header spanning columns,
 * a label spanning rows).
 */
final class CellGrid {
    /** Lines this close are one line (a border drawn twice, or as the two edges of a thin box). */
    private static final float SAME_LINE = 1.5f;
    /** How far a line may stop short of another and still meet it. */
    private static final float MEET = 2f;

    private final float[] xs;
    private final float[] ys;
    /** For each merged cell: first row, first column, last row, last column. */
    private final List<int[]> cells = new ArrayList<>();
    private final int[][] owner;

    private CellGrid(float[] xs, float[] ys, List<Ruling> horizontals, List<Ruling> verticals) {
        this.xs = xs;
        this.ys = ys;
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++) {
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !drawn(verticals, xs[c + 1], midY)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !drawn(horizontals, ys[r + 1], midX)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        owner = new int[rows][cols];
        int[] idOfRoot = new int[parent.length];
        Arrays.fill(idOfRoot, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                if (idOfRoot[root] < 0) {
                    idOfRoot[root] = cells.size();
                    cells.add(new int[] {r, c, r, c});
                }
                int id = idOfRoot[root];
                int[] b = cells.get(id);
                b[2] = Math.max(b[2], r);
                b[3] = Math.max(b[3], c);
                owner[r][c] = id;
            }
        }
    }

    /** The grids the rulings of one page draw; stray lines (underlines, separators, frames) are no grid. */
    static List<CellGrid> find(List<Ruling> rulings) {
        List<Ruling> lines = merge(rulings.stream().filter(r -> r.horizontal() && r.length() >= 1).toList());
        lines.addAll(merge(rulings.stream().filter(r -> !r.horizontal() && r.length() >= 1).toList()));
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).crosses(lines.get(j), MEET)) {
                    union(parent, i, j);
                }
            }
        }
        List<CellGrid> grids = new ArrayList<>();
        boolean[] done = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Ruling> horizontals = new ArrayList<>();
            List<Ruling> verticals = new ArrayList<>();
            for (int j = 0; j < lines.size(); j++) {
                if (find(parent, j) == root) {
                    (lines.get(j).horizontal() ? horizontals : verticals).add(lines.get(j));
                }
            }
            if (horizontals.size() < 2 || verticals.size() < 2) {
                continue;
            }
            float[] xs = positions(verticals, horizontals);
            float[] ys = positions(horizontals, verticals);
            // a framed paragraph is not a table: a table has at least two columns and two rows
            if (xs.length >= 3 && ys.length >= 3) {
                grids.add(new CellGrid(xs, ys, horizontals, verticals));
            }
        }
        grids.sort(Comparator.comparingDouble(CellGrid::top).thenComparingDouble(g -> g.xs[0]));
        return grids;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    boolean contains(Glyph g) {
        float x = g.centerX();
        float y = g.centerY();
        return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
    }

    /** The grid with the glyphs printed in its cells, as a fragment of a table. */
    TableFragment fragment(int page, List<Glyph> glyphs) {
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            inCell.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            if (contains(g)) {
                int c = index(xs, g.centerX());
                int r = index(ys, g.centerY());
                inCell.get(owner[r][c]).add(g);
            }
        }
        int rows = ys.length - 1;
        List<List<GridCell>> byRow = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            byRow.add(new ArrayList<>());
        }
        for (int id = 0; id < cells.size(); id++) {
            int[] b = cells.get(id);
            List<Glyph> gs = inCell.get(id);
            byRow.get(b[0]).add(new GridCell(CellText.of(gs), b[1], b[3], b[0], b[2], mostlyBold(gs)));
        }
        // rows holding nothing (spacers, the slivers between double borders) are dropped and the
        // row numbers of merged cells renumbered
        int[] newIndex = new int[rows];
        int kept = 0;
        for (int r = 0; r < rows; r++) {
            boolean empty = byRow.get(r).stream().allMatch(GridCell::isEmpty);
            boolean spannedInto = false;
            for (int id = 0; id < cells.size() && !spannedInto; id++) {
                int[] b = cells.get(id);
                spannedInto = b[0] < r && b[2] >= r && !inCell.get(id).isEmpty();
            }
            newIndex[r] = empty && !spannedInto ? -1 : kept++;
        }
        List<GridRow> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (newIndex[r] < 0) {
                continue;
            }
            List<GridCell> cs = new ArrayList<>();
            for (GridCell c : byRow.get(r)) {
                int last = newIndex[r];
                for (int k = c.firstRow(); k <= c.lastRow(); k++) {
                    last = Math.max(last, newIndex[k]);
                }
                cs.add(new GridCell(c.text(), c.firstColumn(), c.lastColumn(), newIndex[r], last, c.emphasised()));
            }
            cs.sort(Comparator.comparingInt(GridCell::firstColumn));
            out.add(new GridRow(page, ys[r], ys[r + 1], cs));
        }
        return new TableFragment(page, top(), bottom(), xs.length - 1, out);
    }

    static boolean mostlyBold(List<Glyph> glyphs) {
        long letters = glyphs.stream().filter(g -> !g.isBlank()).count();
        long bold = glyphs.stream().filter(g -> !g.isBlank() && g.bold()).count();
        return letters > 0 && bold * 10 >= letters * 6;
    }

    private static boolean drawn(List<Ruling> lines, float at, float across) {
        for (Ruling l : lines) {
            if (Math.abs(l.at() - at) <= MEET && l.covers(across, 0)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct positions of the lines, with the extent of the crossing lines as the outer edges. */
    private static float[] positions(List<Ruling> lines, List<Ruling> crossing) {
        List<Float> ps = new ArrayList<>();
        for (Ruling l : lines) {
            ps.add(l.at());
        }
        ps.add((float) crossing.stream().mapToDouble(Ruling::from).min().orElse(0));
        ps.add((float) crossing.stream().mapToDouble(Ruling::to).max().orElse(0));
        ps.sort(Float::compare);
        List<Float> distinct = new ArrayList<>();
        List<Float> group = new ArrayList<>();
        for (float p : ps) {
            if (!group.isEmpty() && p - group.get(0) > MEET) {
                distinct.add(mean(group));
                group.clear();
            }
            group.add(p);
        }
        if (!group.isEmpty()) {
            distinct.add(mean(group));
        }
        float[] out = new float[distinct.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = distinct.get(i);
        }
        return out;
    }

    /** Collinear pieces of one line (a border drawn cell by cell) become one line. */
    private static List<Ruling> merge(List<Ruling> lines) {
        List<Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Ruling::at));
        List<List<Ruling>> groups = new ArrayList<>();
        for (Ruling r : sorted) {
            List<Ruling> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || r.at() - last.get(0).at() > SAME_LINE) {
                last = new ArrayList<>();
                groups.add(last);
            }
            last.add(r);
        }
        List<Ruling> out = new ArrayList<>();
        for (List<Ruling> g : groups) {
            float at = (float) g.stream().mapToDouble(Ruling::at).average().orElse(0);
            List<Ruling> byStart = new ArrayList<>(g);
            byStart.sort(Comparator.comparingDouble(Ruling::from));
            float from = byStart.get(0).from();
            float to = byStart.get(0).to();
            for (Ruling r : byStart.subList(1, byStart.size())) {
                if (r.from() <= to + MEET) {
                    to = Math.max(to, r.to());
                } else {
                    out.add(new Ruling(g.get(0).horizontal(), at, from, to));
                    from = r.from();
                    to = r.to();
                }
            }
            out.add(new Ruling(g.get(0).horizontal(), at, from, to));
        }
        return out;
    }

    private static int index(float[] bounds, float v) {
        for (int i = 1; i < bounds.length; i++) {
            if (v < bounds[i]) {
                return i - 1;
            }
        }
        return bounds.length - 2;
    }

    private static float mean(List<Float> values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return (float) (s / values.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
