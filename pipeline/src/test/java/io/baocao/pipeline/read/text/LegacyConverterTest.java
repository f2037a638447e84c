package io.baocao.pipeline.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LegacyConverterTest {
    /** The 67 lower-case letters of Vietnamese with a mark (a 17, e 11, i 5, o 17, u 11, y 5, đ). */
    static final String VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    @Test
    void tcvn3LinesOfARealCircularReadAsTheirTranscript() {
        // lines as PDFBox extracts vn-01-2006-tt-nhnn-tcvn3.pdf (Acrobat Distiller 6, .VnTime fonts)
        assertEquals("Để triển khai Quyết định số 193/2001/QĐ-TTg ngày 20/12/2001, Quyết",
                LegacyConverter.toUnicode("§Ó triÓn khai QuyÕt ®Þnh sè 193/2001/Q§-TTg ngµy 20/12/2001, QuyÕt",
                        LegacyEncoding.TCVN3));
        assertEquals("Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa",
                LegacyConverter.toUnicode("Quü b¶o l·nh tÝn dông cho c¸c doanh nghiÖp nhá vµ võa", LegacyEncoding.TCVN3));
        // Distiller's U+2212 for ư and U+2219 for ã
        assertEquals("Thủ tướng Chính phủ", LegacyConverter.toUnicode("Thñ t−íng ChÝnh phñ", LegacyEncoding.TCVN3));
        assertEquals("xã hội", LegacyConverter.toUnicode("x∙ héi", LegacyEncoding.TCVN3));
    }

    @Test
    void anUpperCaseTcvn3FontPrintsCapitals() {
        assertEquals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                LegacyConverter.toUnicode("céng hoµ x∙ héi chñ nghÜa viÖt nam", LegacyEncoding.TCVN3, true));
        assertEquals("THÔNG TƯ", LegacyConverter.toUnicode("Th«ng t−", LegacyEncoding.TCVN3, true));
    }

    @Test
    void tcvn3ToneMarksCombineWithTheLetterBeforeAndAreSymbolsElsewhere() {
        // 0xB3 is the acute tone mark after a letter; a degree sign (0xB0) after a digit stays one
        assertEquals("á", LegacyConverter.toUnicode("a\u00B3", LegacyEncoding.TCVN3));
        assertEquals("ẹ", LegacyConverter.toUnicode("e\u00B4", LegacyEncoding.TCVN3));
        assertEquals("25\u00B0C", LegacyConverter.toUnicode("25\u00B0C", LegacyEncoding.TCVN3));
    }

    @Test
    void vniLinesOfARealDecisionReadAsTheirTranscript() {
        // paragraphs as Tika extracts bp-991-qd-ubnd-2008-vni.doc (Word 97, VNI-Times)
        assertEquals("ỦY BAN NHÂN DÂN", LegacyConverter.toUnicode("UÛY BAN NHAÂN DAÂN", LegacyEncoding.VNI));
        assertEquals("Số: 991/QĐ-UBND", LegacyConverter.toUnicode("Soá: 991/QÑ-UBND", LegacyEncoding.VNI));
        assertEquals("Độc lập - Tự do - Hạnh phúc",
                LegacyConverter.toUnicode("Ñoäc laäp - Töï do - Haïnh phuùc", LegacyEncoding.VNI));
        assertEquals("Căn cứ Quyết định số 186/2006/QĐ-TTg ngày 14/8/2006 của Thủ tướng Chính phủ",
                LegacyConverter.toUnicode("Caên cöù Quyeát ñònh soá 186/2006/QÑ-TTg ngaøy 14/8/2006 cuûa Thuû töôùng Chính phuû",
                        LegacyEncoding.VNI));
        assertEquals("TỈNH BÌNH PHƯỚC", LegacyConverter.toUnicode("TÆNH BÌNH PHÖÔÙC", LegacyEncoding.VNI));
    }

    @Test
    void asciiIsLeftAsItIs() {
        String ascii = "So: 01/2006/TT-NHNN; (16%) 39.897 ty - [a] {b} ~ ^ _ `";
        for (LegacyEncoding e : LegacyEncoding.values()) {
            assertEquals(ascii, LegacyConverter.toUnicode(ascii, e));
        }
    }

    @Test
    void theTablesHoldEveryVietnameseLetterOnceAndNothingElse() {
        // TCVN3: the 67 lower-case letters and the 7 capitals without a tone; VNI: all 134 letters
        Set<String> tcvn3 = new HashSet<>(LegacyConverter.singles(LegacyEncoding.TCVN3).values());
        for (char c : VIETNAMESE.toCharArray()) {
            assertTrue(tcvn3.contains(String.valueOf(c)), "TCVN3 lacks " + c);
        }
        for (char c : "ĂÂÊÔƠƯĐ".toCharArray()) {
            assertTrue(tcvn3.contains(String.valueOf(c)), "TCVN3 lacks " + c);
        }
        Set<String> vni = new HashSet<>(LegacyConverter.singles(LegacyEncoding.VNI).values());
        vni.addAll(LegacyConverter.pairs(LegacyEncoding.VNI).values());
        for (char c : (VIETNAMESE + VIETNAMESE.toUpperCase(Locale.ROOT)).toCharArray()) {
            assertTrue(vni.contains(String.valueOf(c)), "VNI lacks " + c);
        }
        for (String v : vni) {
            String base = Normalizer.normalize(v, Normalizer.Form.NFD).substring(0, 1);
            assertTrue(v.equals("đ") || v.equals("Đ") || "aeiouyAEIOUY".contains(base), "VNI maps to " + v);
        }
    }

    @Test
    void everyTranscriptRoundTripsThroughItsEncoding() throws IOException {
        // encode the Unicode transcripts of the real files with the inverse tables, then convert back
        for (String name : List.of("vn-01-2006-tt-nhnn-tcvn3.gt.txt", "vn-bc-congnghiep-t02-2007-tcvn3.gt.txt")) {
            String text = resource(name).toLowerCase(Locale.ROOT); // VN3 has no capital with a tone
            String encoded = encode(text, LegacyEncoding.TCVN3);
            assertTrue(!encoded.equals(text));
            assertEquals(text, LegacyConverter.toUnicode(encoded, LegacyEncoding.TCVN3), name);
        }
        String vni = Normalizer.normalize(resource("bp-991-qd-ubnd-2008-vni.gt.txt"), Normalizer.Form.NFC);
        assertEquals(vni, LegacyConverter.toUnicode(encode(vni, LegacyEncoding.VNI), LegacyEncoding.VNI));
    }

    /** The inverse of a table: Unicode letter → its legacy characters (the first entry for a letter). */
    static String encode(String unicode, LegacyEncoding e) {
        Map<String, String> inverse = new HashMap<>();
        LegacyConverter.pairs(e).forEach((k, v) -> {
            // the table's own pairs have base and modifier of one case
            if (Character.isUpperCase(k.charAt(0)) == Character.isUpperCase(k.charAt(1)) || !Character.isLetter(k.charAt(1))) {
                inverse.putIfAbsent(v, k);
            }
        });
        LegacyConverter.singles(e).forEach((k, v) -> {
            if (k < 0x100 && Character.getType(v.charAt(0)) != Character.NON_SPACING_MARK) {
                inverse.putIfAbsent(v, String.valueOf(k));
            }
        });
        StringBuilder b = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            b.append(inverse.getOrDefault(String.valueOf(c), String.valueOf(c)));
        }
        return b.toString();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = LegacyConverterTest.class.getResourceAsStream("/legacy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
