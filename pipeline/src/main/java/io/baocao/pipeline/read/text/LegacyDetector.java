package io.baocao.pipeline.read.text;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells legacy-font mojibake from Unicode Vietnamese by counting characters. Two kinds settle it:
 * <ul>
 * <li>letters that only Unicode has ({@code ă đ ơ ư ĩ ũ} and the block U+1EA0-U+1EF9: {@code ạ ả ấ … ỹ}),
 * which no 8-bit font text read as Latin-1 can contain;</li>
 * <li>characters that a legacy encoding produces and Vietnamese never uses: for TCVN3 {@code µ ¸ ¶ · ¹ ®
 * © ¨ « ¬ Ö Ë Ò ×} ..., for VNI the modifiers {@code ø û ï å ä ë ü} and {@code ñ ö æ î}.</li>
 * </ul>
 * The Latin-1 letters Vietnamese shares with the legacy tables ({@code à á â ã è é ê ì í ò ó ô õ ù ú ý})
 * say nothing either way. A font name is only a hint: a {@code .VnTime} font may carry Unicode text, and
 * the statistics decide.
 */
public final class LegacyDetector {
    /** Latin-1 letters of the Vietnamese alphabet: in both Unicode text and legacy mojibake. */
    private static final String SHARED = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    private static final Map<LegacyEncoding, Set<Character>> SIGNS = new EnumMap<>(LegacyEncoding.class);

    static {
        for (LegacyEncoding e : LegacyEncoding.values()) {
            Set<Character> s = new HashSet<>();
            for (char c : LegacyConverter.sourceChars(e)) {
                // ASCII is the base of VNI letters; the tone marks at 0xB0-0xB4 are also ° ± ² ³ ´, and the
                // Distiller substitutes (− ∙) are ordinary symbols: none of them is evidence
                boolean mark = LegacyConverter.singles(e).containsKey(c)
                        && Character.getType(LegacyConverter.singles(e).get(c).charAt(0)) == Character.NON_SPACING_MARK;
                if (c > 0x7F && c <= 0xFF && SHARED.indexOf(c) < 0 && !mark) {
                    s.add(c);
                }
            }
            SIGNS.put(e, Set.copyOf(s));
        }
    }

    private LegacyDetector() {
    }

    /**
     * What a text's characters say.
     *
     * @param letters    letters in all
     * @param vietnamese letters only Unicode Vietnamese has (evidence the text is already Unicode)
     * @param tcvn3      characters only TCVN3 mojibake has
     * @param vni        characters only VNI mojibake has
     */
    public record Evidence(int letters, int vietnamese, int tcvn3, int vni) {
        public int signs(LegacyEncoding e) {
            return e == LegacyEncoding.TCVN3 ? tcvn3 : vni;
        }

        public Evidence plus(Evidence o) {
            return new Evidence(letters + o.letters, vietnamese + o.vietnamese, tcvn3 + o.tcvn3, vni + o.vni);
        }

        public static final Evidence NONE = new Evidence(0, 0, 0, 0);
    }

    public static Evidence evidence(CharSequence text) {
        int letters = 0;
        int vietnamese = 0;
        int tcvn3 = 0;
        int vni = 0;
        Set<Character> t = SIGNS.get(LegacyEncoding.TCVN3);
        Set<Character> v = SIGNS.get(LegacyEncoding.VNI);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (isUnicodeVietnamese(c)) {
                vietnamese++;
            }
            if (t.contains(c)) {
                tcvn3++;
            }
            if (v.contains(c)) {
                vni++;
            }
        }
        return new Evidence(letters, vietnamese, tcvn3, vni);
    }

    /** Letters Unicode Vietnamese text has and no 8-bit text read as Latin-1 can (ƣ: a broken ư, Unicode too). */
    static boolean isUnicodeVietnamese(char c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || "ăĂđĐĩĨũŨơƠưƯƣƢ".indexOf(c) >= 0;
    }

    /**
     * The legacy encoding a text with no font hint is in, by statistics alone: at least two signs of it,
     * at least one letter in twenty a sign, and signs outnumbering Unicode-only letters four to one.
     * When both encodings have signs (they share {@code ä å ë ï ñ ö ø û ü}), the conversion that leaves
     * fewer signs of either and more Vietnamese letters wins.
     */
    public static Optional<LegacyEncoding> detect(String text) {
        return detect(text, evidence(text), 4);
    }

    /**
     * The legacy encoding a whole document is in: as {@link #detect} but signs need only outnumber
     * Unicode-only letters (a document in VNI may have a header or a name typed in Unicode).
     */
    public static Optional<LegacyEncoding> detectDocument(String text) {
        return detect(text, evidence(text), 1);
    }

    private static Optional<LegacyEncoding> detect(String text, Evidence e, int signsPerUnicodeLetter) {
        LegacyEncoding best = null;
        int bestScore = Integer.MIN_VALUE;
        for (LegacyEncoding enc : LegacyEncoding.values()) {
            int signs = e.signs(enc);
            if (signs < 2 || signs * 20 < e.letters() || signs < signsPerUnicodeLetter * e.vietnamese()) {
                continue;
            }
            int score = plausibility(LegacyConverter.toUnicode(text, enc));
            if (score > bestScore) {
                best = enc;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // the conversion must make the text more Vietnamese than it was, and make common words of it: a
        // garbled OCR layer has signs too ("cÙng Óng"), but its Latin-1 letters are right ("các", "có")
        // and a table would turn them into "cỏc", "cú"
        int wordsBefore = commonWords(text);
        int wordsAfter = commonWords(LegacyConverter.toUnicode(text, best));
        return bestScore > plausibility(text) && wordsAfter > wordsBefore ? Optional.of(best) : Optional.empty();
    }

    /**
     * Frequent syllables of administrative Vietnamese that have a letter outside ASCII (ASCII words read
     * the same in every table and say nothing).
     */
    private static final Set<String> COMMON = new java.util.HashSet<>(java.util.Arrays.asList(("của và các có được năm người không những với là đã này một "
            + "công tỉnh nhân dân việc thực hiện phát triển quản lý kinh tế xã hội đồng tổ chức đầu tư số quyết định "
            + "hành nhà nước chính phủ ủy về tại đến trên huyện thành phố sở kế hoạch báo cáo tình hình sản xuất cơ "
            + "đơn vị nghị tăng đạt so cùng kỳ tháng ngày điều luật căn cứ năng nông nghiệp địa phương trình độc lập "
            + "tự hạnh phúc cộng hòa hoà chủ nghĩa việt đề triển khai tích biện pháp nhiệm vụ thông giao tiếp tục "
            + "ban hướng dẫn trưởng ương bộ đảng dự án vốn tỷ đồng vực doanh nghiệp xây dựng giải quyết").split(" ")));

    static int commonWords(String text) {
        int n = 0;
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (COMMON.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * How much a text reads as Vietnamese: letters only Unicode Vietnamese has, less the signs of either
     * legacy encoding left in it, less what no Vietnamese syllable has: two tone marks in a word, or a
     * marked vowel after {@code a ă â e ê o ô ơ} (after those only an unmarked {@code i o u y} glide follows;
     * {@code o} also opens {@code oa oă oe}). The wrong table makes such words: VNI's {@code Caên} read as
     * TCVN3 is {@code Caờn}, its {@code cöù} is {@code cửự}.
     */
    static int plausibility(String text) {
        Evidence e = evidence(text);
        int impossible = 0;
        int tones = 0;
        char previous = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (!Character.isLetter(c)) {
                impossible += tones >= 2 ? 1 : 0;
                tones = 0;
                previous = 0;
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            boolean toned = false;
            StringBuilder vowel = new StringBuilder(d.substring(0, 1));
            for (int k = 1; k < d.length(); k++) {
                if (TONES.indexOf(d.charAt(k)) >= 0) {
                    toned = true;
                } else {
                    vowel.append(d.charAt(k));
                }
            }
            char bare = java.text.Normalizer.normalize(vowel, java.text.Normalizer.Form.NFC).charAt(0);
            tones += toned ? 1 : 0;
            if (previous != 0 && d.length() > 1 && "aăâeêoôơ".indexOf(previous) >= 0
                    && !(previous == 'o' && "aăe".indexOf(bare) >= 0)) {
                impossible++;
            }
            previous = bare;
        }
        return e.vietnamese() - 2 * (e.tcvn3() + e.vni()) - 3 * impossible;
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * Whether text printed in a font that announces {@code hint} is in that encoding: yes unless the text
     * is already Unicode, that is unless letters only Unicode has outnumber the encoding's signs. Text with
     * neither ({@code Sè : 01/2006}) is {@link Verdict#UNDECIDED}, for the caller to decide by the rest of
     * the font's text.
     */
    public static Verdict confirms(Evidence e, LegacyEncoding hint) {
        int signs = e.signs(hint);
        if (e.vietnamese() > signs) {
            return Verdict.UNICODE;
        }
        return signs > 0 ? Verdict.LEGACY : Verdict.UNDECIDED;
    }

    /** What the characters of a text printed in a legacy-named font say. */
    public enum Verdict {
        LEGACY, UNICODE, UNDECIDED
    }
}
