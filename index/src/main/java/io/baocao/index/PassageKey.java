package io.baocao.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What makes two hits the same passage for a search (a passage and the records read from it, the same
 * passage of a document held in two formats): its document and its text without a row's empty cells. Kept
 * at ingest as a number ({@link IndexFields#PASSAGE_KEY}), so a search can choose the hits it shows from
 * doc values instead of decompressing the stored text of hundreds of hits.
 */
public final class PassageKey {
    private PassageKey() {
    }

    /**
     * The text a passage and the table row read again for a record share: a row's empty cells and the
     * spacing around its cell separators dropped ({@code 104 |  | 110,20} is {@code 104 | 110,20}).
     */
    public static String sameText(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('|') < 0) {
            return text.strip();
        }
        StringBuilder sb = new StringBuilder();
        for (String cell : text.split("\\|")) {
            String c = cell.strip();
            if (!c.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " | ").append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The key of a passage of a document: the first 64 bits of the SHA-256 of its document id and
     * {@link #sameText}. Two different passages among the few hundred hits a search compares share a key
     * with a probability of about 10<sup>-14</sup>.
     */
    public static long of(String doc, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((doc == null ? "" : doc).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] d = sha.digest(sameText(text).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (d[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
