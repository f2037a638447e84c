package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether anything is printed between two table fragments, outside the top and bottom margins where
 * page numbers and running heads go. A title or a note between them means a new table, even if its
 * header reads the same as the one before.
 */
final class TextBetween {
    /** Page numbers and running heads live in this share of the page height at the top and bottom. */
    private static final float MARGIN = 0.08f;

    private final Map<Integer, float[]> lineYs;
    private final Map<Integer, Float> heights;

    /** @param lineYs for each page, the y of every printed glyph; {@code heights} the page heights */
    TextBetween(Map<Integer, float[]> lineYs, Map<Integer, Float> heights) {
        this.lineYs = lineYs;
        this.heights = heights;
    }

    /** The fragments, in printing order, each told whether text stands between it and the one before. */
    List<TableFragment> mark(List<TableFragment> fragments) {
        List<TableFragment> out = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            TableFragment f = fragments.get(i);
            out.add(i == 0 ? f : f.withTextBefore(between(fragments.get(i - 1), f, fragments)));
        }
        return out;
    }

    private boolean between(TableFragment previous, TableFragment next, List<TableFragment> all) {
        for (int p = previous.page(); p <= next.page(); p++) {
            float h = heights.getOrDefault(p, 0f);
            float from = p == previous.page() ? previous.bottom() : h * MARGIN;
            float to = p == next.page() ? next.top() : h * (1 - MARGIN);
            from = Math.max(from, h * MARGIN);
            to = Math.min(to, h * (1 - MARGIN));
            for (float y : lineYs.getOrDefault(p, new float[0])) {
                if (y > from && y < to && !inAny(all, p, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inAny(List<TableFragment> fragments, int page, float y) {
        for (TableFragment f : fragments) {
            if (f.page() == page && y >= f.top() && y <= f.bottom()) {
                return true;
            }
        }
        return false;
    }
}
