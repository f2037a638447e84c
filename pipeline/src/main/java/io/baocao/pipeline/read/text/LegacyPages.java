package io.baocao.pipeline.read.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a document's text was converted from a legacy font or repaired, for the reader's note (and so the
 * ingest report): {@code legacy font text converted to Unicode: TCVN3 on pages 1-3}. Formats without pages
 * count paragraphs.
 */
public final class LegacyPages {
    private final Map<LegacyEncoding, SortedSet<Integer>> converted = new EnumMap<>(LegacyEncoding.class);
    private final Map<LegacyEncoding, Integer> convertedParagraphs = new EnumMap<>(LegacyEncoding.class);
    private final SortedSet<Integer> repaired = new TreeSet<>();
    private int repairedParagraphs;
    private int paragraphs;

    /** @param page 1-based page of the line, or 0 for a format without pages */
    public void record(int page, LegacyFontText.Line line) {
        paragraphs++;
        if (line.converted() != null) {
            if (page > 0) {
                converted.computeIfAbsent(line.converted(), k -> new TreeSet<>()).add(page);
            } else {
                convertedParagraphs.merge(line.converted(), 1, Integer::sum);
            }
        }
        if (line.repaired()) {
            if (page > 0) {
                repaired.add(page);
            } else {
                repairedParagraphs++;
            }
        }
    }

    /** A repair the reader made itself (a glyph's letter read from its font). */
    public void recordRepair(int page) {
        if (page > 0) {
            repaired.add(page);
        } else {
            repairedParagraphs++;
        }
    }

    /** The note, or null when nothing was converted or repaired. */
    public String note() {
        List<String> parts = new ArrayList<>();
        List<String> encodings = new ArrayList<>();
        converted.forEach((e, pages) -> encodings.add(e + " on " + pages(pages)));
        convertedParagraphs.forEach((e, n) -> encodings.add(e + " in " + n + " of " + paragraphs + " paragraphs"));
        if (!encodings.isEmpty()) {
            parts.add("legacy font text converted to Unicode: " + String.join(", ", encodings));
        }
        if (!repaired.isEmpty()) {
            parts.add("Vietnamese letters repaired (broken glyph mapping, accents apart from their letter) on " + pages(repaired));
        } else if (repairedParagraphs > 0) {
            parts.add("Vietnamese letters repaired (broken glyph mapping, accents apart from their letter) in " + repairedParagraphs + " of "
                    + paragraphs + " paragraphs");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** {@code page 4}, {@code pages 1-3, 7}. */
    static String pages(SortedSet<Integer> pages) {
        List<String> ranges = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int p : pages) {
            if (prev != null && p == prev + 1) {
                prev = p;
                continue;
            }
            if (start != null) {
                ranges.add(start.equals(prev) ? "" + start : start + "-" + prev);
            }
            start = p;
            prev = p;
        }
        if (start != null) {
            ranges.add(start.equals(prev) ? "" + start : start + "-" + prev);
        }
        return (pages.size() == 1 ? "page " : "pages ") + String.join(", ", ranges);
    }
}
