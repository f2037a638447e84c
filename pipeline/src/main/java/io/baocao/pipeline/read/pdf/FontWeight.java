package io.baocao.pipeline.read.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Whether a PDF font prints bold: by its name (subset prefixes keep "Bold", "Black", "Heavy") or by its
 * descriptor's weight. Headings of the genre are often set in bold; so are table headers.
 */
public final class FontWeight {
    private final Map<PDFont, Boolean> known = new ConcurrentHashMap<>();

    public boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return known.computeIfAbsent(font, FontWeight::weigh);
    }

    private static boolean weigh(PDFont f) {
        String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")) {
            return true;
        }
        PDFontDescriptor d = f.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
