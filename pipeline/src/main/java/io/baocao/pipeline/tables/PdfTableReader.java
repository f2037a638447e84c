package io.baocao.pipeline.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Reconstructs the tables of a PDF. On a page with ruling lines the cells are the boxes the lines draw
 * ({@link CellGrid}); on a page without, columns and rows are inferred from where the text is printed
 * ({@link TextColumns}). Text outside a grid or an aligned block (titles, notes, page numbers) is in no
 * table. Fragments are then joined into tables across pages ({@link TableAssembler}).
 */
public final class PdfTableReader {
    private final boolean rulings;

    public PdfTableReader() {
        this(true);
    }

    /** With {@code rulings=false} every page is read as if it had no lines: for tests of the inference. */
    PdfTableReader(boolean rulings) {
        this.rulings = rulings;
    }

    public List<Table> read(PDDocument doc) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        List<TableFragment> fragments = new ArrayList<>();
        Map<Integer, List<Glyph>> unruled = new TreeMap<>();
        Map<Integer, float[]> printed = new HashMap<>();
        Map<Integer, Float> heights = new HashMap<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDPage page = doc.getPage(p - 1);
            List<Glyph> glyphs = collector.page(doc, p);
            printed.put(p, centres(glyphs));
            heights.put(p, displayedHeight(page));
            List<CellGrid> grids = rulings ? CellGrid.find(RulingLines.of(page)) : List.of();
            if (grids.isEmpty()) {
                unruled.put(p, glyphs);
            } else {
                for (CellGrid g : grids) {
                    fragments.add(g.fragment(p, glyphs));
                }
            }
        }
        // pages without lines are read together: a table over several pages keeps its columns
        fragments.addAll(TextColumns.find(unruled));
        fragments.sort(Comparator.comparingInt(TableFragment::page).thenComparingDouble(TableFragment::top));
        return TableAssembler.assemble(new TextBetween(printed, heights).mark(fragments));
    }

    private static float[] centres(List<Glyph> glyphs) {
        List<Glyph> visible = glyphs.stream().filter(g -> !g.isBlank()).toList();
        float[] ys = new float[visible.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = visible.get(i).centerY();
        }
        return ys;
    }

    private static float displayedHeight(PDPage page) {
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        PDRectangle box = page.getCropBox();
        return rotation == 90 || rotation == 270 ? box.getWidth() : box.getHeight();
    }
}
