package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tables printed without ruling lines (report generators that place every cell as its own text box):
 * columns are the x-gaps that run through the rows, rows come from baselines.
 *
 * <p>A line of text is cut into chunks where the gap between two glyphs is wider than a word space. A
 * table is a block of lines, at least two of them with three or more chunks; titles above and notes
 * below it are single runs of text and stay out. A bold line after plain ones, in a block that began
 * with a bold line, is a header printed again and starts a new block.
 *
 * <p>The columns are the stacks of chunks that overlap from line to line. Blocks that start with the
 * same header line in the same place (one table over several pages) are read together, so a page with
 * an empty column still gets it. A header cell spanning two columns bridges the gap between them, so the
 * top lines of each block that close gaps the rows below keep open are left out when the gaps are found.
 *
 * <p>A printed line more than {@value #ROW_STEP} font sizes below the previous one starts a new row, and
 * so does a change from bold to plain; closer lines are the wrapped lines of the same row.
 */
final class TextColumns {
    /** A gap between glyphs wider than this share of the font size separates two cells. */
    private static final float CELL_GAP = 0.5f;
    /** Baselines further apart than this share of the font size belong to different rows. */
    private static final float ROW_STEP = 1.3f;
    /** Lines further apart than this share of the font size are not one table. */
    private static final float TABLE_BREAK = 3f;
    /** Header lines printed in the same place on two pages start within this many points. */
    private static final float SAME_PLACE = 3f;
    private static final int MAX_HEADER_LINES = 6;

    private TextColumns() {
    }

    /** A run of glyphs on one line with no cell-sized gap inside. */
    private record Chunk(List<Glyph> glyphs, float x0, float x1) {
        float center() {
            return (x0 + x1) / 2;
        }

        String text() {
            return CellText.line(glyphs);
        }
    }

    private record Line(List<Chunk> chunks, float baseline, float fontSize, boolean bold) {
    }

    private record Block(int page, List<Line> lines) {
        /** The first line's chunk texts: what a header printed again on another page repeats. */
        String key() {
            StringBuilder sb = new StringBuilder();
            for (Chunk c : lines.get(0).chunks()) {
                sb.append(c.text().toLowerCase(Locale.ROOT)).append('|');
            }
            return sb.toString();
        }

        boolean samePlace(Block other) {
            List<Chunk> a = lines.get(0).chunks();
            List<Chunk> b = other.lines.get(0).chunks();
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (Math.abs(a.get(i).x0() - b.get(i).x0()) > SAME_PLACE || Math.abs(a.get(i).x1() - b.get(i).x1()) > SAME_PLACE) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Column(float x0, float x1) {
        float overlap(Chunk c) {
            return Math.min(x1, c.x1()) - Math.max(x0, c.x0());
        }

        float distance(Chunk c) {
            return c.center() < x0 ? x0 - c.center() : c.center() > x1 ? c.center() - x1 : 0;
        }
    }

    /** The tables on the given pages (page number to its glyphs), in page order. */
    static List<TableFragment> find(Map<Integer, List<Glyph>> pages) {
        List<Block> blocks = new ArrayList<>();
        pages.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> blocks.addAll(blocks(e.getKey(), lines(e.getValue()))));
        // blocks of one table over several pages share their columns
        List<List<Block>> groups = new ArrayList<>();
        for (Block b : blocks) {
            List<Block> group = groups.stream()
                    .filter(g -> g.get(0).key().equals(b.key()) && g.get(0).samePlace(b)).findFirst().orElse(null);
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(b);
        }
        List<TableFragment> out = new ArrayList<>();
        for (List<Block> group : groups) {
            List<Column> columns = columns(group, median(group.get(0).lines().stream().map(Line::fontSize).toList()));
            if (columns.size() < 3) {
                continue;
            }
            List<TableFragment> fragments = group.stream().map(b -> fragment(b, columns)).toList();
            if (rowsAcrossColumns(fragments) >= 2 && alignedCells(group) >= 0.5) {
                out.addAll(fragments);
            }
        }
        out.sort(Comparator.comparingInt(TableFragment::page).thenComparingDouble(TableFragment::top));
        return out;
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> l : CellText.lines(glyphs.stream().filter(g -> !g.isBlank()).toList())) {
            if (!l.isEmpty()) {
                lines.add(line(l));
            }
        }
        return lines;
    }

    /** The table blocks of a page: runs of lines from the first to the last with three or more chunks. */
    private static List<Block> blocks(int page, List<Line> lines) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        int floor = 0; // the first line no earlier block took
        while (i < lines.size()) {
            if (lines.get(i).chunks().size() < 3) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && headsValueColumns(lines.get(start - 1), lines.get(i))
                    && step(lines, start) <= TABLE_BREAK * lines.get(start).fontSize()
                    && start - 1 >= floor) {
                start--;
            }
            int lastTableLine = i;
            int j = i + 1;
            while (j < lines.size() && step(lines, j) <= TABLE_BREAK * lines.get(j).fontSize()
                    && !headerAgain(lines, start, j)) {
                if (lines.get(j).chunks().size() >= 3) {
                    lastTableLine = j;
                }
                j++;
            }
            // wrapped lines and short rows (a section row) after the last full row belong to the table;
            // a note below starts after a wider gap or in another size
            float pitch = rowPitch(lines, start, lastTableLine);
            float size = lines.get(lastTableLine).fontSize();
            int end = lastTableLine;
            while (end + 1 < j && step(lines, end + 1) <= pitch * 1.2f && Math.abs(lines.get(end + 1).fontSize() - size) < 0.5f) {
                end++;
            }
            List<Line> block = lines.subList(start, end + 1);
            if (block.stream().filter(l -> l.chunks().size() >= 3).count() >= 2) {
                out.add(new Block(page, List.copyOf(block)));
            }
            i = end + 1;
            floor = i;
        }
        return out;
    }

    /**
     * A line of column names printed over the value columns only, the label column left blank
     * ({@code Quý I-2004   Quý I-2005} over rows {@code (1). Tốc độ tăng trưởng GDP (%)   7,0   7,23}): two or
     * more chunks, all to the right of where the first full row's label ends. Such a header has fewer
     * than three chunks when the table has two value columns, so it does not start a block by itself.
     */
    private static boolean headsValueColumns(Line candidate, Line firstRow) {
        List<Chunk> chunks = candidate.chunks();
        return chunks.size() >= 2 && chunks.size() < firstRow.chunks().size()
                && chunks.get(0).x0() > firstRow.chunks().get(0).x1();
    }

    /**
     * Rows with text in two or more columns. Justified prose printed word by word (wide gaps between
     * words) can give lines of three chunks and columns that its own lines span; every row then falls
     * into one cell, and such a block is not a table.
     */
    private static long rowsAcrossColumns(List<TableFragment> fragments) {
        return fragments.stream().flatMap(f -> f.rows().stream())
                .filter(r -> r.cells().stream().filter(c -> !c.isEmpty()).count() >= 2).count();
    }

    /**
     * The share of the chunks after a line's first (below each block's first line) whose left edge, right
     * edge or centre lies within a font size of another such chunk's: the cells of a column line up, the
     * words after the wide gaps of justified prose do not. A letter whose header line (Số … / place and
     * date) stands over its body gives such prose columns to cut; this tells them from a table's.
     */
    private static double alignedCells(List<Block> group) {
        List<Chunk> cells = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        for (Block b : group) {
            for (Line l : b.lines().subList(1, b.lines().size())) {
                for (Chunk c : l.chunks().subList(1, l.chunks().size())) {
                    cells.add(c);
                    sizes.add(l.fontSize());
                }
            }
        }
        if (cells.isEmpty()) {
            return 1;
        }
        int aligned = 0;
        for (int i = 0; i < cells.size(); i++) {
            Chunk a = cells.get(i);
            float em = sizes.get(i);
            for (int j = 0; j < cells.size(); j++) {
                Chunk b = cells.get(j);
                if (i != j && (Math.abs(a.x0() - b.x0()) <= em || Math.abs(a.x1() - b.x1()) <= em
                        || Math.abs(a.center() - b.center()) <= em)) {
                    aligned++;
                    break;
                }
            }
        }
        return (double) aligned / cells.size();
    }

    /** The usual step from one row to the next: the median of the steps wider than a wrapped line. */
    private static float rowPitch(List<Line> lines, int from, int to) {
        List<Float> steps = new ArrayList<>();
        for (int i = from + 1; i <= to; i++) {
            if (step(lines, i) > ROW_STEP * lines.get(i).fontSize()) {
                steps.add(step(lines, i));
            }
        }
        return steps.isEmpty() ? ROW_STEP * lines.get(to).fontSize() : median(steps);
    }

    /** A bold line of several chunks after a plain line, in a block that began with a bold line. */
    private static boolean headerAgain(List<Line> lines, int start, int j) {
        return lines.get(start).bold() && lines.get(j).bold() && !lines.get(j - 1).bold() && lines.get(j).chunks().size() >= 2;
    }

    private static TableFragment fragment(Block block, List<Column> columns) {
        List<List<Line>> rows = rows(block.lines());
        List<GridRow> gridRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Line> row = rows.get(r);
            List<List<Glyph>> glyphsOf = new ArrayList<>();
            int[] last = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                glyphsOf.add(new ArrayList<>());
                last[c] = c;
            }
            for (Line l : row) {
                for (Chunk ch : l.chunks()) {
                    int first = -1;
                    int lastCol = -1;
                    for (int c = 0; c < columns.size(); c++) {
                        if (columns.get(c).overlap(ch) > 1f) {
                            first = first < 0 ? c : first;
                            lastCol = c;
                        }
                    }
                    if (first < 0) {
                        first = nearest(columns, ch);
                        lastCol = first;
                    }
                    glyphsOf.get(first).addAll(ch.glyphs());
                    last[first] = Math.max(last[first], lastCol);
                }
            }
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<Glyph> gs = glyphsOf.get(c);
                if (!gs.isEmpty()) {
                    cells.add(new GridCell(CellText.of(gs), c, last[c], gridRows.size(), gridRows.size(), CellGrid.mostlyBold(gs)));
                }
            }
            float top = row.get(0).baseline() - row.get(0).fontSize();
            float bottom = r + 1 < rows.size()
                    ? rows.get(r + 1).get(0).baseline() - rows.get(r + 1).get(0).fontSize()
                    : row.get(row.size() - 1).baseline() + 0.3f * row.get(row.size() - 1).fontSize();
            gridRows.add(new GridRow(block.page(), top, bottom, cells));
        }
        Line first = block.lines().get(0);
        Line lastLine = block.lines().get(block.lines().size() - 1);
        return new TableFragment(block.page(), first.baseline() - first.fontSize(),
                lastLine.baseline() + 0.3f * lastLine.fontSize(), columns.size(), gridRows);
    }

    /**
     * The columns: stacks of overlapping chunks of the lines that have more than one. Leaving out the
     * first T such lines of each block, T the fewest that opens the most gaps, keeps spanning header
     * cells from joining the columns under them.
     */
    private static List<Column> columns(List<Block> blocks, float em) {
        List<List<Line>> multi = new ArrayList<>();
        for (Block b : blocks) {
            multi.add(b.lines().stream().filter(l -> l.chunks().size() >= 2).toList());
        }
        List<Column> best = stacks(chunksOf(multi, 0, Integer.MAX_VALUE));
        int maxSkip = Math.min(MAX_HEADER_LINES, multi.stream().mapToInt(List::size).min().orElse(0) / 2);
        for (int skip = 1; skip <= maxSkip; skip++) {
            List<Column> cols = new ArrayList<>(stacks(chunksOf(multi, skip, Integer.MAX_VALUE)));
            // a column whose only text is in the header lines (an empty notes column) still counts,
            // a label set off its column by less than a cell gap (centred over left-aligned figures) not
            List<Column> body = List.copyOf(cols);
            List<Chunk> headerOnly = chunksOf(multi, 0, skip).stream()
                    .filter(ch -> body.stream().noneMatch(c -> c.overlap(ch) > -em)).toList();
            cols.addAll(stacks(headerOnly));
            cols.sort(Comparator.comparingDouble(Column::x0));
            if (cols.size() > best.size()) {
                best = cols;
            }
        }
        return best;
    }

    /** The chunks of lines {@code from} (inclusive) to {@code to} (exclusive) of each block. */
    private static List<Chunk> chunksOf(List<List<Line>> blocks, int from, int to) {
        List<Chunk> chunks = new ArrayList<>();
        for (List<Line> lines : blocks) {
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                chunks.addAll(lines.get(i).chunks());
            }
        }
        return chunks;
    }

    private static List<Column> stacks(List<Chunk> found) {
        List<Chunk> chunks = new ArrayList<>(found);
        chunks.sort(Comparator.comparingDouble(Chunk::x0));
        List<Column> cols = new ArrayList<>();
        float x0 = 0;
        float x1 = 0;
        boolean open = false;
        for (Chunk c : chunks) {
            if (open && c.x0() <= x1) {
                x1 = Math.max(x1, c.x1());
            } else {
                if (open) {
                    cols.add(new Column(x0, x1));
                }
                x0 = c.x0();
                x1 = c.x1();
                open = true;
            }
        }
        if (open) {
            cols.add(new Column(x0, x1));
        }
        return cols;
    }

    /** Lines into rows: a wider step than wrapped lines leave, or bold turning plain, starts a row. */
    private static List<List<Line>> rows(List<Line> block) {
        boolean wideSteps = false;
        for (int i = 1; i < block.size(); i++) {
            if (step(block, i) > ROW_STEP * block.get(i).fontSize()) {
                wideSteps = true;
            }
        }
        List<List<Line>> rows = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            // when every step is narrow, rows have no padding and each line is a row
            boolean newRow = i == 0 || !wideSteps || step(block, i) > ROW_STEP * block.get(i).fontSize()
                    || block.get(i).bold() != block.get(i - 1).bold();
            if (newRow) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(block.get(i));
        }
        return rows;
    }

    private static float step(List<Line> lines, int i) {
        return lines.get(i).baseline() - lines.get(i - 1).baseline();
    }

    private static int nearest(List<Column> columns, Chunk c) {
        int best = 0;
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i).distance(c) < columns.get(best).distance(c)) {
                best = i;
            }
        }
        return best;
    }

    private static Line line(List<Glyph> sortedByX) {
        float size = median(sortedByX.stream().map(Glyph::fontSize).toList());
        List<Chunk> chunks = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : sortedByX) {
            if (!run.isEmpty() && g.x() - run.get(run.size() - 1).right() > CELL_GAP * size) {
                chunks.add(chunk(run));
                run = new ArrayList<>();
            }
            run.add(g);
        }
        if (!run.isEmpty()) {
            chunks.add(chunk(run));
        }
        float baseline = median(sortedByX.stream().map(Glyph::baseline).toList());
        return new Line(chunks, baseline, size, CellGrid.mostlyBold(sortedByX));
    }

    private static Chunk chunk(List<Glyph> run) {
        float x0 = (float) run.stream().mapToDouble(Glyph::x).min().orElse(0);
        float x1 = (float) run.stream().mapToDouble(Glyph::right).max().orElse(0);
        return new Chunk(List.copyOf(run), x0, x1);
    }

    private static float median(List<Float> values) {
        List<Float> s = new ArrayList<>(values);
        s.sort(Float::compare);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }
}
