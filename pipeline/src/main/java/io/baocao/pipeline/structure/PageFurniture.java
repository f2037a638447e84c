package io.baocao.pipeline.structure;

import io.baocao.pipeline.read.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops what every page repeats and no reader reads as content: page numbers ({@code 2}, {@code - 2 -},
 * {@code Trang 2}) and running headers or footers, i.e. the same short line at the same height of the
 * page on several pages.
 */
public final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^\\s*(?:trang\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?\\s*(?:/\\s*\\d{1,4})?\\s*$");

    private PageFurniture() {
    }

    public static List<TextLine> remove(List<TextLine> lines) {
        Map<String, Integer> repeats = new HashMap<>();
        for (TextLine l : lines) {
            if (l.pageHeight() > 0 && inMargin(l)) {
                repeats.merge(key(l), 1, Integer::sum);
            }
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            if (l.pageHeight() > 0 && inMargin(l)) {
                if (PAGE_NUMBER.matcher(l.text()).matches()) {
                    continue;
                }
                if (repeats.getOrDefault(key(l), 0) >= 3 && l.text().length() < 120) {
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    private static boolean inMargin(TextLine l) {
        return l.y() < l.pageHeight() * 0.08f || l.y() > l.pageHeight() * 0.93f;
    }

    private static String key(TextLine l) {
        String digitsOut = l.text().replaceAll("\\d+", "#");
        return Math.round(l.y() / 4) + "|" + digitsOut;
    }
}
