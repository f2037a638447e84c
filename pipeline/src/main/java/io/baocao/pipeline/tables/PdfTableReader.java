package io.baocao.pipeline.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

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
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDPage page = doc.getPage(p - 1);
            List<Glyph> glyphs = collector.page(doc, p);
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
        return TableAssembler.assemble(fragments);
    }
}
