package io.baocao.extract.text;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for comparison: lower case, no tone or vowel marks, {@code đ} → {@code d}.
 * Folding is character by character on NFC text, so offsets in the folded string are offsets in the
 * original (what highlighting and matching need).
 */
public final class TextFold {
    private TextFold() {
    }

    public static String fold(CharSequence s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(foldChar(nfc.charAt(i)));
        }
        return out.toString();
    }

    public static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.charAt(0));
    }

    /** Folded, with punctuation turned to spaces and runs of spaces collapsed: for phrase comparison. */
    public static String foldWords(CharSequence s) {
        String f = fold(s);
        StringBuilder out = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /** NFC, no-break and other spaces made plain, runs of whitespace collapsed, trimmed. */
    public static String collapse(CharSequence s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
