package io.baocao.pipeline.read.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the text layer of a page is worth reading, judged by statistics of its words: how many are
 * well-formed Vietnamese syllables ({@link VietnameseSyllables}), how many are not, and how many of its
 * characters are neither Vietnamese letters nor the punctuation of the genre. A broken OCR layer of a
 * phone scan ({@code BØ CÔNG AN}, {@code CØNG HOÀ XÃ HØI CHæ NGH(A}, {@code nm 2025}) has a third or more
 * of its words malformed and characters like {@code Ø æ ¡ ¿ °} in its letters; a typeset page has nearly
 * all words well formed (names, loanwords and abbreviations are the rest).
 */
public final class PageTextQuality {
    /** A run of letters (with combining marks): a word as the syllable check sees it. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /**
     * Fewer words than this say nothing either way about the language: the page is judged by its amount
     * of text alone.
     */
    static final int WORDS_TO_JUDGE = 12;
    /**
     * Share of malformed words above which the text is garbage. Typeset pages of the corpus and the
     * real-world set stay under 0.03 (names, English words, abbreviations in lower case); the broken
     * OCR layer of the Lâm Đồng phone scan is at 0.45, TCVN3 text read as Latin-1 at 0.6 and more.
     */
    static final double MAX_MALFORMED = 0.25;
    /**
     * Share of characters outside the genre's alphabet and punctuation above which the text is garbage:
     * typeset pages stay under 0.02 (a row of overline rules is the worst seen), broken layers are at 0.12
     * and more.
     */
    static final double MAX_ODD_CHARS = 0.05;

    /** What the statistics say. */
    public enum Verdict {
        /** No letters at all: nothing printed as text (a scan, or a blank page). */
        NO_TEXT,
        /** Letters, but not Vietnamese: a broken font mapping or a broken OCR layer. */
        GARBLED,
        /** Well-formed, but too few words to be the page's text if an image covers the page (a stamp). */
        SCANT,
        /** Vietnamese text. */
        TEXT
    }

    /**
     * The counts behind a verdict: well-formed syllables, malformed words (abbreviations in capitals are
     * neither), letters, and odd characters.
     */
    public record Stats(int syllables, int malformed, int letters, int odd) {
        public double malformedShare() {
            int words = syllables + malformed;
            return words == 0 ? 0 : (double) malformed / words;
        }

        public double oddShare() {
            return letters + odd == 0 ? 0 : (double) odd / (letters + odd);
        }

        /** Fewer well-formed syllables than this on a page covered by an image: a stamp or a caption. */
        static final int SCANT_SYLLABLES = 60;

        public Verdict verdict() {
            if (letters == 0) {
                return Verdict.NO_TEXT;
            }
            if (syllables + malformed >= WORDS_TO_JUDGE && (malformedShare() > MAX_MALFORMED || oddShare() > MAX_ODD_CHARS)) {
                return Verdict.GARBLED;
            }
            return syllables < SCANT_SYLLABLES ? Verdict.SCANT : Verdict.TEXT;
        }
    }

    private PageTextQuality() {
    }

    public static Stats measure(CharSequence text) {
        int syllables = 0;
        int malformed = 0;
        int letters = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!VietnameseSyllables.inAlphabet(String.valueOf(c))) {
                    odd++;
                }
            } else if (isOdd(c)) {
                odd++;
            }
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (VietnameseSyllables.isSyllable(w)) {
                syllables++;
            } else if (!isAbbreviation(w)) {
                malformed++;
            }
        }
        return new Stats(syllables, malformed, letters, odd);
    }

    /**
     * {@code UBND}, {@code HĐND}, {@code KH&CN}'s parts, {@code TTr}: capitals in the alphabet, read as
     * letters rather than syllables.
     */
    private static boolean isAbbreviation(String w) {
        if (!VietnameseSyllables.inAlphabet(w)) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2 || upper == 1 && w.length() == 1 || upper == w.length();
    }

    /**
     * Characters a Vietnamese administrative text does not print: Latin-1 symbols that broken mappings
     * put where letters were ({@code ¡ ¿ ° ± ­}), control characters, private-use code points.
     */
    private static boolean isOdd(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c < 0x7F) {
            return false;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return false;
        }
        // the genre's own typography: quotes, dashes, bullets, ellipsis, section and arithmetic signs
        if ("“”‘’–—…•§№→€×÷≤≥²³½".indexOf(c) >= 0) {
            return false;
        }
        return !Character.isLetterOrDigit(c);
    }
}
