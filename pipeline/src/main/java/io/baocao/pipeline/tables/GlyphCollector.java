package io.baocao.pipeline.tables;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import io.baocao.pipeline.read.pdf.FontWeight;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of one page with their positions. Table cells are decided by geometry, not by the
 * stripper's reading order, so glyphs are collected one by one and the stripper's lines are ignored.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    private final FontWeight weights = new FontWeight();

    GlyphCollector() {
        super();
        // overlapping duplicates (fake bold) would double letters inside cells
        setSuppressDuplicateOverlappingText(true);
        setSortByPosition(true);
    }

    List<Glyph> page(PDDocument doc, int pageNumber) throws IOException {
        glyphs.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        getText(doc);
        return List.copyOf(glyphs);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            // diacritics merged by the stripper arrive decomposed; ligatures as presentation forms
            String t = Normalizer.normalize(u, Normalizer.Form.NFC);
            if (t.codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
                t = Normalizer.normalize(t, Normalizer.Form.NFKC);
            }
            float size = p.getFontSizeInPt();
            if (size <= 0) {
                size = p.getHeightDir() / 0.7f;
            }
            glyphs.add(new Glyph(t, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size, isBold(p.getFont())));
        }
    }

    @Override
    protected void writeWordSeparator() {
        // spaces are decided from glyph gaps by CellText
    }

    @Override
    protected void writeLineSeparator() {
    }

    private boolean isBold(PDFont font) {
        return weights.isBold(font);
    }
}
