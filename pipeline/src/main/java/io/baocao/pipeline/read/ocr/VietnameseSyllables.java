package io.baocao.pipeline.read.ocr;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a vowel group
 * (with its medial and glide), an optional final consonant, and at most one tone mark, all in the
 * letters of the Vietnamese alphabet. Text read through a broken font mapping ({@code BØ CÔNG AN},
 * {@code nm 2025}, {@code TÜ TRÌNH}, {@code tri¿n khai}) breaks these rules in a large share of its
 * words; Vietnamese prose breaks them only in names, loanwords and abbreviations.
 */
public final class VietnameseSyllables {
    /** The alphabet with vowel marks but without tones (tones are taken off before matching). */
    private static final String ALPHABET = "abcdeghiklmnopqrstuvxyăâêôơưđ";
    private static final String INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
    /** Vowel groups that may take a final consonant (or none). */
    private static final String OPEN_VOWELS = "uyê|iê|yê|uô|ươ|uâ|oă|oa|oe|uê|uy|uơ|oo|ia|ua|ưa|ya"
            + "|[aăâeêioôơuưy]";
    /** Vowel groups that end in a glide (i, y, o, u) and so take no final consonant. */
    private static final String CLOSED_VOWELS = "iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyu|uya"
            + "|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu";
    private static final Pattern SYLLABLE = Pattern.compile(
            INITIAL + "(?:(?:" + OPEN_VOWELS + ")(?:ch|ng|nh|[cmnpt])?|(?:" + CLOSED_VOWELS + "))");
    /** The five tone marks as combining characters (the vowel marks ˆ ˘ ʼ stay on their letters). */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * Answers already given, for words met again: every page of a PDF is measured before it is kept
     * (PageTextQuality), words repeat, and the language's syllables in their three cases are some tens of
     * thousands; taking the tone off (two Unicode normalisations a word) was 3 % of ingest's CPU. Bounded,
     * so a batch of garbled text cannot grow it without end.
     */
    private static final int REMEMBERED = 50_000;
    private static final Map<String, Boolean> IS_SYLLABLE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> IN_ALPHABET = new ConcurrentHashMap<>();

    private VietnameseSyllables() {
    }

    /** Whether {@code word} (letters only) is a Vietnamese syllable, in any case. */
    public static boolean isSyllable(String word) {
        return remembered(IS_SYLLABLE, word, VietnameseSyllables::syllable);
    }

    /** Whether every letter of {@code word} is a letter of the Vietnamese alphabet (any tone, any case). */
    public static boolean inAlphabet(String word) {
        return remembered(IN_ALPHABET, word, VietnameseSyllables::alphabet);
    }

    private static boolean remembered(Map<String, Boolean> answers, String word,
                                      java.util.function.Predicate<String> answer) {
        Boolean known = answers.get(word);
        if (known != null) {
            return known;
        }
        boolean is = answer.test(word);
        if (answers.size() < REMEMBERED) {
            answers.put(word, is);
        }
        return is;
    }

    private static boolean syllable(String word) {
        String base = withoutTone(word.toLowerCase(Locale.ROOT));
        if (base == null || base.isEmpty()) {
            return false;
        }
        for (int i = 0; i < base.length(); i++) {
            if (ALPHABET.indexOf(base.charAt(i)) < 0) {
                return false;
            }
        }
        return SYLLABLE.matcher(base).matches();
    }

    private static boolean alphabet(String word) {
        String base = withoutTone(word.toLowerCase(Locale.ROOT));
        if (base == null) {
            return false;
        }
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (ALPHABET.indexOf(c) < 0 && "fjwz".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The word with its tone mark taken off, or null when it carries two tones (never Vietnamese). */
    private static String withoutTone(String lower) {
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int tones = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                out.append(c);
            }
        }
        return tones > 1 ? null : Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
