package io.baocao.extract.names;

import java.text.Normalizer;
import java.util.Locale;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The one tokenisation the name finder is trained and run with: OpenNLP's {@link SimpleTokenizer}, which
 * cuts at whitespace and between letters, digits and punctuation ({@code Sở KH&ĐT} → {@code Sở KH & ĐT},
 * {@code TP.Cần Thơ} → {@code TP . Cần Thơ}), on NFC text. Training data is written in these tokens, so
 * the model sees at run time what it saw when trained.
 */
public final class NameTokens {
    private NameTokens() {
    }

    public static String[] of(String text) {
        return SimpleTokenizer.INSTANCE.tokenize(nfc(text));
    }

    /** The tokens' character spans in {@code nfc(text)}. */
    public static Span[] spans(String text) {
        return SimpleTokenizer.INSTANCE.tokenizePos(nfc(text));
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A token as dictionaries compare it: lower case, and a tone mark on {@code oa}, {@code oe}, {@code uy}
     * at a syllable's end on the first vowel, as the 2025 list writes it ({@code Hoà} and {@code Hòa} alike).
     */
    public static String key(String token) {
        String t = nfc(token).toLowerCase(Locale.ROOT);
        int n = t.length();
        if (n >= 2) {
            char first = t.charAt(n - 2);
            char last = t.charAt(n - 1);
            if (first == 'o' || first == 'u') {
                String d = Normalizer.normalize(String.valueOf(last), Normalizer.Form.NFD);
                char base = d.charAt(0);
                boolean pair = first == 'o' ? base == 'a' || base == 'e' : base == 'y';
                if (pair && d.length() == 2) {
                    String moved = Normalizer.normalize(first + d.substring(1), Normalizer.Form.NFC);
                    t = t.substring(0, n - 2) + moved + base;
                }
            }
        }
        return t;
    }

    static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    static boolean lowerWord(String token) {
        return !token.isEmpty() && Character.isLowerCase(token.codePointAt(0));
    }
}
