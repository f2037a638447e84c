package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reconstructs the tables of a paged document from its geometry alone, fed page by page by a reader.
 * On a page with ruling lines the cells are the boxes the lines draw ({@link CellGrid}); on a page
 * without, columns and rows are inferred from where the text is printed ({@link TextColumns}). Text
 * outside a grid or an aligned block (titles, notes, page numbers) is in no table. Fragments are then
 * joined into tables across pages ({@link TableAssembler}). No PDF library is known here: a reader hands
 * over glyphs and rulings in page coordinates (x right, y down from the top of the page as displayed).
 */
public final class LayoutTables {
    private final boolean rulings;
    private final List<TableFragment> fragments = new ArrayList<>();
    /** Pages without lines are read together at the end: a table over several pages keeps its columns. */
    private final Map<Integer, List<Glyph>> unruled = new TreeMap<>();
    private final Map<Integer, float[]> printed = new HashMap<>();
    private final Map<Integer, Float> heights = new HashMap<>();

    /** @param rulings false reads every page as if it had no lines (for tests of the inference) */
    public LayoutTables(boolean rulings) {
        this.rulings = rulings;
    }

    /** One page: its glyphs in reading order by position, its ruling lines, its displayed height. */
    public void page(int page, List<Glyph> glyphs, List<Ruling> lines, float displayedHeight) {
        printed.put(page, centres(glyphs));
        heights.put(page, displayedHeight);
        List<CellGrid> grids = rulings ? CellGrid.find(lines) : List.of();
        if (grids.isEmpty()) {
            unruled.put(page, glyphs);
        } else {
            for (CellGrid g : grids) {
                fragments.add(g.fragment(page, glyphs));
            }
        }
    }

    /** The tables of every page given so far. */
    public List<Table> tables() {
        List<TableFragment> all = new ArrayList<>(fragments);
        all.addAll(TextColumns.find(unruled));
        all.sort(Comparator.comparingInt(TableFragment::page).thenComparingDouble(TableFragment::top));
        return TableAssembler.assemble(new TextBetween(printed, heights).mark(all));
    }

    private static float[] centres(List<Glyph> glyphs) {
        List<Glyph> visible = glyphs.stream().filter(g -> !g.isBlank()).toList();
        float[] ys = new float[visible.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = visible.get(i).centerY();
        }
        return ys;
    }
}
