package io.baocao.pipeline.structure;

import io.baocao.pipeline.ingest.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the footnote block at the foot of a page: lines in a smaller font than the body, from the first
 * one that opens with a footnote number to the end of the page. Their text is content of its own
 * (another period's figures, lists), never part of the sentence the page break cut.
 */
public final class Footnotes {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(?=\\p{L})");

    private Footnotes() {
    }

    public static List<TextLine> mark(List<TextLine> lines) {
        float body = bodySize(lines);
        if (body <= 0) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        int page = -1;
        boolean inBlock = false;
        for (TextLine l : lines) {
            if (l.page() != page) {
                page = l.page();
                inBlock = false;
            }
            boolean small = l.fontSize() > 0 && l.fontSize() <= body * 0.86f;
            boolean low = l.pageHeight() <= 0 || l.y() > l.pageHeight() * 0.45f;
            if (small && low) {
                if (l.footnote() > 0) {
                    inBlock = true;
                    out.add(l);
                    continue;
                }
                Matcher m = LEADING_NUMBER.matcher(l.text());
                if (!inBlock && m.find() && l.cells() == null) {
                    inBlock = true;
                    out.add(l.withText(l.text().substring(m.end())).asFootnote(Integer.parseInt(m.group(1))));
                    continue;
                }
                if (inBlock) {
                    out.add(l.asFootnote(-1));
                    continue;
                }
            } else if (inBlock && !small) {
                inBlock = false;
            }
            out.add(l);
        }
        return out;
    }

    /** The size most characters of the document are printed in. */
    static float bodySize(List<TextLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            if (l.fontSize() > 0) {
                counts.merge(Math.round(l.fontSize() * 2), l.text().length(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
    }
}
