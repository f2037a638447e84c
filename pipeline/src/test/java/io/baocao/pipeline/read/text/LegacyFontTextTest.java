package io.baocao.pipeline.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LegacyFontTextTest {
    /** Glyphs of one character each, with the font of each run: {"font", "text", "font", "text" ...}. */
    private static LegacyFontText.Line line(LegacyFontText legacy, String... fontAndText) {
        List<String> glyphs = new ArrayList<>();
        List<String> fonts = new ArrayList<>();
        for (int i = 0; i < fontAndText.length; i += 2) {
            for (char c : fontAndText[i + 1].toCharArray()) {
                glyphs.add(String.valueOf(c));
                fonts.add(fontAndText[i]);
            }
        }
        LegacyFontText.Line l = legacy.line(glyphs, fonts);
        assertEquals(glyphs.size(), l.glyphs().size());
        return l;
    }

    @Test
    void runsInLegacyFontsAreConvertedTheOthersKept() {
        // the header line of vn-01-2006-tt-nhnn-tcvn3.pdf: an upper-case font, U+2219 in a second subset
        LegacyFontText.Line l = line(new LegacyFontText(), "FBHPFO+VnTimeHBold", "céng hoµ x", "FBHPFN+VnTimeHBold", "∙",
                "FBHPFO+VnTimeHBold", " héi chñ nghÜa viÖt nam", "FBHPEM+VnTime", " ");
        assertEquals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM ", l.text());
        assertEquals(LegacyEncoding.TCVN3, l.converted());
        LegacyFontText.Line mixed = line(new LegacyFontText(), "Times New Roman", "Điều 1. ", "FBHPEM+VnTime", "Ph¹m vi");
        assertEquals("Điều 1. Phạm vi", mixed.text());
    }

    @Test
    void aLegacyFontCarryingUnicodeIsNotConverted() {
        LegacyFontText legacy = new LegacyFontText();
        LegacyFontText.Line l = line(legacy, "ARYWSN+.VnTime", "Tình hình kinh tế - xã hội tháng 3 và quý I/2005");
        assertEquals("Tình hình kinh tế - xã hội tháng 3 và quý I/2005", l.text());
        assertNull(l.converted());
        // later text of that font that says nothing by itself follows what the font said: Unicode
        LegacyFontText.Line later = line(legacy, "ARYWSN+.VnTime", "Hà Tây, Bình Định");
        assertEquals("Hà Tây, Bình Định", later.text());
        LegacyFontText.Line ambiguous = line(legacy, "ARYWSN+.VnTime", "Hà Tây");
        assertEquals("Hà Tây", ambiguous.text());
        // spaces only (what the .VnTime font of the mixed report holds): nothing converted, nothing noted
        assertNull(line(new LegacyFontText(), "ARYWSN+.VnTime", "   ").converted());
    }

    @Test
    void aRunWithoutSignsFollowsWhatItsFontSaidBefore() {
        LegacyFontText legacy = new LegacyFontText();
        line(legacy, "FBHPEM+VnTime", "§Ó triÓn khai QuyÕt ®Þnh");
        assertEquals("Số : 01/2006/TT-NHNN", line(legacy, "FBHPEM+VnTime", "Sè : 01/2006/TT-NHNN").text());
    }

    @Test
    void vniModifiersMergeIntoTheirBaseGlyph() {
        LegacyFontText.Line l = line(new LegacyFontText(), "VNI-Times", "Soá");
        assertEquals(List.of("S", "ố", ""), l.glyphs());
        assertEquals(LegacyEncoding.VNI, l.converted());
    }

    @Test
    void linesInOtherFontsAreConvertedByStatistics() {
        LegacyFontText.Line l = line(new LegacyFontText(), "TT1", "Ng©n hµng Nhµ n­íc chi nh¸nh tØnh", "TT2", ", thµnh phè");
        assertEquals("Ngân hàng Nhà nước chi nhánh tỉnh, thành phố", l.text());
        LegacyFontText.Line unicode = line(new LegacyFontText(), "TT1", "Ngân hàng Nhà nước © 2006");
        assertEquals("Ngân hàng Nhà nước © 2006", unicode.text());
        assertNull(unicode.converted());
        assertFalse(unicode.repaired());
    }

    @Test
    void aLegacyDocumentConvertsItsShortParagraphsAndKeepsItsUnicodeWords() {
        List<String> paragraphs = List.of("UBND TỈNH BÌNH PHƯỚC", "UÛY BAN NHAÂN DAÂN", "QUYEÁT ÑÒNH",
                "Caên cöù Luaät Toå chöùc HÑND vaø UBND ngaøy 26/11/2003;",
                "Xeùt ñeà nghò cuûa Sôû Noâng nghieäp & Phaùt trieån noâng thoân",
                "TM. UÛY BAN NHAÂN DAÂN TÆNH CHUÛ TÒCH Trương Tấn Thiệu");
        LegacyFontText legacy = LegacyFontText.forDocument(paragraphs);
        List<String> out = paragraphs.stream().map(p -> legacy.paragraph(p).text()).toList();
        assertEquals(List.of("UBND TỈNH BÌNH PHƯỚC", "ỦY BAN NHÂN DÂN", "QUYẾT ĐỊNH",
                "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
                "Xét đề nghị của Sở Nông nghiệp & Phát triển nông thôn",
                "TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH Trương Tấn Thiệu"), out);
        // a Unicode document keeps even its short paragraphs
        LegacyFontText unicode = LegacyFontText.forDocument(List.of("Hóa đơn có giá trị", "Căn cứ Luật Tổ chức"));
        assertEquals("Hóa đơn có", unicode.paragraph("Hóa đơn có").text());
    }

    @Test
    void repairsAreTold() {
        LegacyFontText.Line l = line(new LegacyFontText(), "Times New Roman,Bold", "Chƣơng I");
        assertEquals("Chương I", l.text());
        assertTrue(l.repaired());
        assertNull(l.converted());
    }

    @Test
    void theNoteNamesThePages() {
        LegacyPages pages = new LegacyPages();
        LegacyFontText legacy = new LegacyFontText();
        for (int page : new int[] {1, 2, 3, 5}) {
            pages.record(page, line(legacy, "VnTime", "Céng hßa"));
        }
        pages.record(4, line(legacy, "Times New Roman", "Cộng hòa"));
        pages.record(7, line(legacy, "Times New Roman", "nƣớc"));
        assertEquals("legacy font text converted to Unicode: TCVN3 on pages 1-3, 5; "
                + "Vietnamese letters repaired (broken glyph mapping, accents apart from their letter) on page 7", pages.note());
        assertNull(new LegacyPages().note());
        SortedSet<Integer> one = new TreeSet<>(List.of(9));
        assertEquals("page 9", LegacyPages.pages(one));
    }
}
