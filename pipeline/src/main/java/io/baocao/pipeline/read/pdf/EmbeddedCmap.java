package io.baocao.pipeline.read.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;

/**
 * The letter of a glyph whose ToUnicode entry is broken, read from the embedded font's own cmap. Some
 * PDF writers map glyphs of the bold header font to a space (vn-47-2020-nd-cp.pdf: {@code C  N  P Ủ} for
 * {@code CHÍNH PHỦ}, {@code CỘNG ÒA} for {@code CỘNG HÒA}); the embedded TrueType font still says which
 * character each glyph draws. Only a glyph the ToUnicode map gives as nothing or a space is looked up,
 * and only a letter or digit is taken from the cmap.
 */
final class EmbeddedCmap {
    private final Map<PDFont, CmapSubtable> cmaps = new HashMap<>();

    /** The glyph's letter from the font's cmap, or null when its Unicode text is to be trusted. */
    String letter(TextPosition p) {
        String u = p.getUnicode();
        if (u != null && !u.isBlank()) {
            return null;
        }
        PDFont font = p.getFont();
        if (!(font instanceof PDType0Font t0) || !(t0.getDescendantFont() instanceof PDCIDFontType2 cid)
                || !font.isEmbedded()) {
            return null;
        }
        CmapSubtable cmap = cmaps.computeIfAbsent(font, f -> unicodeCmap(cid));
        if (cmap == null) {
            return null;
        }
        int[] glyphCodes = p.getCharacterCodes();
        if (glyphCodes == null || glyphCodes.length != 1) {
            return null;
        }
        try {
            List<Integer> codes = cmap.getCharCodes(cid.codeToGID(glyphCodes[0]));
            if (codes == null || codes.isEmpty()) {
                return null;
            }
            int cp = codes.get(0);
            return Character.isLetterOrDigit(cp) ? Character.toString(cp) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a font PDFBox cannot parse keeps the text it had
        }
    }

    private static CmapSubtable unicodeCmap(PDCIDFontType2 cid) {
        try {
            TrueTypeFont ttf = cid.getTrueTypeFont();
            CmapTable table = ttf == null ? null : ttf.getCmap();
            if (table == null) {
                return null;
            }
            CmapSubtable s = table.getSubtable(CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_BMP);
            return s != null ? s : table.getSubtable(CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_2_0_BMP);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
