package io.baocao.pipeline.read.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes Unicode of the text of one document, line by line, as a reader reads it: runs of glyphs in a
 * legacy font are converted when their characters confirm the font's encoding ({@link LegacyDetector});
 * lines in other fonts (or paragraphs of formats without font names) are converted when their
 * statistics alone say so; then broken mappings are repaired ({@link MappingRepair}). One instance per
 * document: what a font's earlier text said decides its runs that say nothing by themselves. Knows no
 * PDF library: glyphs are strings and font names.
 */
public final class LegacyFontText {
    /** What the characters of each legacy-named font said so far in this document. */
    private final Map<String, LegacyDetector.Evidence> fonts = new HashMap<>();
    /** The document's own verdict, for formats without font names (see {@link #forDocument}). */
    private final LegacyEncoding documentEncoding;

    public LegacyFontText() {
        this(null);
    }

    private LegacyFontText(LegacyEncoding documentEncoding) {
        this.documentEncoding = documentEncoding;
    }

    /**
     * For a format without font names (Word, ODT, HTML): when the whole text is in one legacy encoding by
     * statistics, every paragraph is read as printed in that encoding (short ones like {@code QUYEÁT ÑÒNH}
     * have too few signs of their own), unless it is itself Unicode.
     */
    public static LegacyFontText forDocument(List<String> paragraphs) {
        String all = String.join("\n", paragraphs);
        return new LegacyFontText(LegacyDetector.detectDocument(all).orElse(null));
    }

    /**
     * One printed line.
     *
     * @param glyphs the line's glyphs (their Unicode text, usually one character each), left to right
     * @param fontNames the font each glyph is printed in (same length), or null entries when unknown
     * @return the glyphs' new texts (same length; an empty text for a glyph merged into the one before)
     *         and what was done
     */
    public Line line(List<String> glyphs, List<String> fontNames) {
        List<String> out = new ArrayList<>(glyphs);
        LegacyEncoding converted = null;
        // runs of one font name
        List<int[]> others = new ArrayList<>();
        int start = 0;
        while (start < out.size()) {
            String font = fontNames.get(start);
            int end = start + 1;
            while (end < out.size() && Objects.equals(fontNames.get(end), font)) {
                end++;
            }
            Optional<LegacyEncoding> hint = LegacyEncoding.ofFont(font);
            if (hint.isPresent() && convertsRun(font, hint.get(), out.subList(start, end))
                    && convert(out, start, end, hint.get(), LegacyEncoding.isUpperCaseFont(font))) {
                converted = converted == null ? hint.get() : converted;
            } else if (hint.isEmpty()) {
                others.add(new int[] {start, end});
            }
            start = end;
        }
        if (!others.isEmpty()) {
            StringBuilder rest = new StringBuilder();
            for (int[] r : others) {
                out.subList(r[0], r[1]).forEach(rest::append);
            }
            Optional<LegacyEncoding> byStatistics = decide(rest.toString());
            if (byStatistics.isPresent()) {
                boolean changed = false;
                for (int[] r : others) {
                    changed |= convert(out, r[0], r[1], byStatistics.get(), false);
                }
                converted = converted == null && changed ? byStatistics.get() : converted;
            } else if (documentEncoding != null) {
                // a Unicode paragraph of a legacy document may still hold legacy words (a name typed in
                // Unicode after a title in VNI, in one table cell): words without Unicode-only letters,
                // next to each other, are converted when they hold a sign of the encoding
                boolean changed = false;
                for (int[] r : others) {
                    changed |= convertLegacyWords(out, r[0], r[1], documentEncoding);
                }
                converted = converted == null && changed ? documentEncoding : converted;
            }
        }
        boolean repaired = false;
        if (out.stream().anyMatch(MappingRepair::needsRepair)) {
            List<String> fixed = MappingRepair.repair(out);
            // in a converted line, attaching TCVN3's tone marks is part of the conversion, not a repair
            repaired = converted == null && !fixed.equals(out);
            out = fixed;
        }
        return new Line(out, converted, repaired);
    }

    /** One paragraph of a format without font names: statistics decide. */
    public Line paragraph(String text) {
        List<String> glyphs = new ArrayList<>(text.length());
        text.codePoints().forEach(cp -> glyphs.add(Character.toString(cp)));
        List<String> fontNames = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            fontNames.add(null);
        }
        return line(glyphs, fontNames);
    }

    private Optional<LegacyEncoding> decide(String text) {
        if (documentEncoding != null) {
            LegacyDetector.Verdict v = LegacyDetector.confirms(LegacyDetector.evidence(text), documentEncoding);
            return v == LegacyDetector.Verdict.UNICODE ? Optional.empty() : Optional.of(documentEncoding);
        }
        return LegacyDetector.detect(text);
    }

    private boolean convertsRun(String font, LegacyEncoding hint, List<String> run) {
        StringBuilder text = new StringBuilder();
        run.forEach(text::append);
        LegacyDetector.Evidence e = LegacyDetector.evidence(text);
        LegacyDetector.Evidence before = fonts.getOrDefault(font, LegacyDetector.Evidence.NONE);
        fonts.put(font, before.plus(e));
        return switch (LegacyDetector.confirms(e, hint)) {
            case LEGACY -> true;
            case UNICODE -> false;
            // nothing either way in this run: what the font's text said so far (nothing yet: its name)
            case UNDECIDED -> LegacyDetector.confirms(before, hint) != LegacyDetector.Verdict.UNICODE;
        };
    }

    private static boolean convertLegacyWords(List<String> glyphs, int start, int end, LegacyEncoding e) {
        boolean changed = false;
        int segment = start;
        int signs = 0;
        int i = start;
        while (i <= end) {
            int wordEnd = i;
            while (wordEnd < end && !glyphs.get(wordEnd).isBlank()) {
                wordEnd++;
            }
            StringBuilder word = new StringBuilder();
            glyphs.subList(i, wordEnd).forEach(word::append);
            LegacyDetector.Evidence ev = LegacyDetector.evidence(word);
            if (ev.vietnamese() > 0 || wordEnd >= end) {
                int segmentEnd = ev.vietnamese() > 0 ? i : end;
                signs += ev.vietnamese() > 0 ? 0 : ev.signs(e);
                if (signs > 0) {
                    changed |= convert(glyphs, segment, segmentEnd, e, false);
                }
                segment = wordEnd;
                signs = 0;
            } else {
                signs += ev.signs(e);
            }
            i = wordEnd + 1;
        }
        return changed;
    }

    /** Converts glyphs start..end in place; whether any changed (a run of ASCII stays as it is). */
    private static boolean convert(List<String> glyphs, int start, int end, LegacyEncoding e, boolean upper) {
        List<String> converted = LegacyConverter.toUnicode(glyphs.subList(start, end), e, upper);
        boolean changed = false;
        for (int i = start; i < end; i++) {
            changed |= !glyphs.get(i).equals(converted.get(i - start));
            glyphs.set(i, converted.get(i - start));
        }
        return changed;
    }

    /**
     * @param glyphs    the new texts, one per glyph in
     * @param converted the legacy encoding some of the line was converted from, or null
     * @param repaired  whether a broken mapping was repaired ({@code ƣ}, detached marks, spacing accents)
     */
    public record Line(List<String> glyphs, LegacyEncoding converted, boolean repaired) {
        public String text() {
            return String.join("", glyphs);
        }
    }
}
