package io.baocao.pipeline.read.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two 8-bit Vietnamese font encodings that government documents of the 1990s and 2000s are still
 * found in: a file set in such a font stores the font's own byte for each letter, and a reader that takes
 * the bytes for Latin-1 shows mojibake ({@code Céng hßa} for {@code Cộng hòa}). The font name says which
 * encoding a run of text was typed in; the text's statistics confirm it ({@link LegacyDetector}).
 */
public enum LegacyEncoding {
    /** TCVN 5712:1993 VN3 ("ABC"): the {@code .VnTime}, {@code .VnArial} ... fonts; one byte per letter. */
    TCVN3("tcvn3.tsv"),
    /** VNI Windows: the {@code VNI-Times}, {@code VNI-Helve} ... fonts; a base letter and a modifier byte. */
    VNI("vni.tsv");

    /** A subset font's name starts with six capitals and a plus: {@code FBHPEM+VnTime}. */
    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");
    /** {@code .VnTime}, {@code VnTimeBold}, {@code .VnArial NarrowH}: "Vn" then a capital, with or without the dot. */
    private static final Pattern TCVN3_FONT = Pattern.compile("^\\.?Vn[A-Z]");
    /**
     * The upper-case fonts of the TCVN3 family ({@code .VnTimeH}, {@code VnTimeHBold}, {@code .VnArialH}) print
     * capitals at the lower-case positions: VN3 has no capital letter with a tone mark, so titles are typed
     * in lower case in such a font. The H ends the family name, before a style or the end.
     */
    private static final Pattern TCVN3_UPPER_CASE_FONT =
            Pattern.compile("^\\.?Vn[A-Za-z ]+?H(?:$|[ ,\\-]|Bold|Italic|Regular|Normal|Oblique)");
    private static final Pattern VNI_FONT = Pattern.compile("^VNI[- _]", Pattern.CASE_INSENSITIVE);

    final String table;

    LegacyEncoding(String table) {
        this.table = table;
    }

    /** The encoding a font's name announces, if any ({@code FBHPEM+VnTime} → TCVN3, {@code VNI-Times} → VNI). */
    public static Optional<LegacyEncoding> ofFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = SUBSET_TAG.matcher(fontName.strip()).replaceFirst("");
        if (TCVN3_FONT.matcher(name).find()) {
            return Optional.of(TCVN3);
        }
        if (VNI_FONT.matcher(name).find()) {
            return Optional.of(VNI);
        }
        return Optional.empty();
    }

    /** Whether the font prints every letter as a capital (the TCVN3 {@code H} fonts). */
    public static boolean isUpperCaseFont(String fontName) {
        if (fontName == null) {
            return false;
        }
        String name = SUBSET_TAG.matcher(fontName.strip()).replaceFirst("");
        return TCVN3_UPPER_CASE_FONT.matcher(name).find();
    }
}
