package io.baocao.pipeline.nlp;

import io.baocao.extract.text.Passage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Flags passages that are not Vietnamese, or are Vietnamese mis-decoded (mojibake), with OpenNLP's
 * published language detector ({@code langdetect-183.bin}, 103 languages, from Maven Central).
 *
 * <p>The detector costs about half a millisecond per passage and ten megabytes to load, and on its own
 * it cannot tell mojibake from Vietnamese: TCVN3 read as Latin-1 ({@code Uû ban nh©n d©n}) keeps the
 * syllables' shape, so the detector still answers Vietnamese, only less sure. So the alphabet decides first,
 * for free: a passage written in the Vietnamese alphabet with a letter no other Latin-1 language has
 * ({@code ă đ ơ ư ả ạ ế …}) is Vietnamese, and the model is never asked. The model is asked only of passages
 * that have letters outside the Vietnamese alphabet, or no Vietnamese-only letter at all: of those, the
 * ones it places in another language are that language; the rest, when they carry letters outside the
 * alphabet, are Vietnamese mis-decoded.
 */
public final class LanguageCheck {
    /** Shorter passages (a number, a cell, a name) say too little for either the alphabet or the model. */
    public static final int MIN_LETTERS = 20;
    /** Below this share of foreign letters, a passage is Vietnamese quoting a foreign name (Müller, Zürich). */
    private static final double FOREIGN_SHARE = 0.04;
    /** The detector's best guess must lead its second by this factor to overrule the alphabet. */
    private static final double LEAD = 1.5;
    private static final int EXAMPLE_CHARS = 60;

    private static final String VIETNAMESE_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
            + "pqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz";

    private static volatile LanguageDetector detector;

    /** The passages' findings: every passage with enough letters is judged. */
    public LanguageFlags check(List<Passage> passages) {
        int judged = 0;
        int misdecoded = 0;
        Map<String, Integer> other = new TreeMap<>();
        String otherExample = null;
        String misdecodedExample = null;
        for (Passage p : passages) {
            Verdict v = judge(p.text());
            if (v.equals(Verdict.UNJUDGED)) {
                continue;
            }
            judged++;
            if (v.equals(Verdict.MISDECODED)) {
                misdecoded++;
                misdecodedExample = misdecodedExample == null ? example(p) : misdecodedExample;
            } else if (!v.equals(Verdict.VIETNAMESE)) {
                other.merge(v.language, 1, Integer::sum);
                otherExample = otherExample == null ? example(p) : otherExample;
            }
        }
        return judged == 0 ? LanguageFlags.NONE : new LanguageFlags(judged, other, misdecoded, otherExample, misdecodedExample);
    }

    /** What one text is: Vietnamese, another language, mis-decoded Vietnamese, or too short to say. */
    public static Verdict judge(String text) {
        int letters = 0;
        int foreign = 0;
        boolean vietnameseOnly = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD) {
                foreign++; // a byte the reader could not decode
                continue;
            }
            if (!Character.isLetter(c)) {
                if (c >= 0xA1 && c <= 0xBF && c != 0xB0 && c != 0xAB && c != 0xBB && c != 0xB2 && c != 0xB3
                        && insideWord(text, i - 1)) {
                    foreign++; // a Latin-1 symbol inside a word: a TCVN3 letter decoded as Latin-1 (th¸ng, c«ng);
                    // alone it is a symbol (° « » ² ³ as printed, ¯¯¯ as a rule under a header)
                }
                continue;
            }
            letters++;
            int lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                continue;
            }
            if (VIETNAMESE_LOWER.indexOf(lower) < 0) {
                foreign++;
            } else if (lower > 0xFF) {
                vietnameseOnly = true;
            }
        }
        if (letters < MIN_LETTERS) {
            return Verdict.UNJUDGED;
        }
        boolean outsideAlphabet = foreign >= 2 && foreign >= FOREIGN_SHARE * letters;
        if (!outsideAlphabet && vietnameseOnly) {
            return Verdict.VIETNAMESE;
        }
        LanguageDetector d = detector();
        if (d == null) {
            // no room for the detector (a worker run with a small --max-memory): the alphabet alone still
            // tells mis-decoded text; another language goes unnamed
            return outsideAlphabet ? Verdict.MISDECODED : Verdict.VIETNAMESE;
        }
        Language[] guesses;
        synchronized (d) { // the detector's context generator is not documented as thread-safe
            guesses = d.predictLanguages(text);
        }
        String best = guesses[0].getLang();
        boolean sure = guesses.length < 2 || guesses[0].getConfidence() >= LEAD * guesses[1].getConfidence();
        if (!best.equals("vie") && sure) {
            return Verdict.other(best);
        }
        return outsideAlphabet ? Verdict.MISDECODED : Verdict.VIETNAMESE;
    }

    private static boolean insideWord(String text, int at) {
        return (at > 0 && Character.isLetter(text.charAt(at - 1)))
                || (at + 1 < text.length() && Character.isLetter(text.charAt(at + 1)));
    }

    private static String example(Passage p) {
        String t = p.text().strip();
        String cut = t.length() > EXAMPLE_CHARS ? t.substring(0, EXAMPLE_CHARS) + " …" : t;
        return (p.page() == null ? "" : "p. " + p.page() + ": ") + "\"" + cut + "\"";
    }

    /** Set when the detector could not be loaded for want of heap: it is not tried again. */
    private static volatile boolean noRoom;

    /**
     * The detector, loaded once; null when the heap has no room for it (its 103 languages' n-grams take some
     * 60 MB: a reader process started with {@code --max-memory 64m} reads files without it, rather than
     * failing every file).
     */
    private static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null && !noRoom) {
            synchronized (LanguageCheck.class) {
                if (detector == null && !noRoom) {
                    try (InputStream in = LanguageCheck.class.getResourceAsStream("/langdetect-183.bin")) {
                        if (in == null) {
                            throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) is not on the class path");
                        }
                        detector = new LanguageDetectorME(new LanguageDetectorModel(in));
                    } catch (OutOfMemoryError e) {
                        // the half-read model is garbage now; the rest of the heap is as it was
                        noRoom = true;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the language detector: " + e.getMessage(), e);
                    }
                }
                d = detector;
            }
        }
        return d;
    }

    /** A passage's language: {@code VIETNAMESE}, {@code MISDECODED}, {@code UNJUDGED} or another one. */
    public record Verdict(String language) {
        public static final Verdict VIETNAMESE = new Verdict("vie");
        public static final Verdict MISDECODED = new Verdict("vie-misdecoded");
        public static final Verdict UNJUDGED = new Verdict(null);

        static Verdict other(String iso639_3) {
            return new Verdict(iso639_3.toLowerCase(Locale.ROOT));
        }
    }
}
