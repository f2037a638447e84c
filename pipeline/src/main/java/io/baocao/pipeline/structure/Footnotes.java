package io.baocao.pipeline.structure;

import io.baocao.pipeline.read.TextLine;
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
        boolean overflow = false;
        int lastNumber = 0;
        for (TextLine l : lines) {
            boolean small = l.fontSize() > 0 && l.fontSize() <= body * 0.86f;
            if (l.page() != page) {
                page = l.page();
                // a footnote too long for its page runs on at the top of the next one, before the body
                overflow = inBlock;
                inBlock = false;
            }
            if (overflow) {
                if (small && l.cells() == null) {
                    Matcher m = LEADING_NUMBER.matcher(l.text());
                    if (l.footnote() > 0) {
                        lastNumber = l.footnote();
                        out.add(l);
                    } else if (m.find() && Integer.parseInt(m.group(1)) == lastNumber + 1) {
                        lastNumber++;
                        out.add(l.withText(l.text().substring(m.end())).asFootnote(lastNumber));
                    } else {
                        out.add(l.asFootnote(-1));
                    }
                    inBlock = true;
                    continue;
                }
                overflow = false;
                inBlock = false;
            }
            boolean low = l.pageHeight() <= 0 || l.y() > l.pageHeight() * 0.45f;
            if (small && low) {
                if (l.footnote() > 0) {
                    inBlock = true;
                    lastNumber = l.footnote();
                    out.add(l);
                    continue;
                }
                // footnotes are numbered in sequence: "02 nhiệm vụ …" inside a footnote is not footnote 2
                Matcher m = LEADING_NUMBER.matcher(l.text());
                if (m.find() && l.cells() == null && Integer.parseInt(m.group(1)) == lastNumber + 1) {
                    inBlock = true;
                    lastNumber++;
                    out.add(l.withText(l.text().substring(m.end())).asFootnote(lastNumber));
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
