package io.baocao.pipeline.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class MappingRepairTest {
    @Test
    void oiIsTheBrokenMappingOfUHorn() {
        // vn-47-2020-nd-cp.pdf, bold header font
        assertEquals("Quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước",
                MappingRepair.repair("Quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nƣớc"));
        assertEquals("Chương I", MappingRepair.repair("Chƣơng I"));
        assertEquals("TRƯỞNG", MappingRepair.repair("TRƢỞNG"));
    }

    @Test
    void detachedAndDecomposedMarksJoinTheirLetter() {
        assertEquals("Việt Nam", MappingRepair.repair("Vie \u0323\u0302t Nam"));
        assertEquals("Việt Nam", MappingRepair.repair("Vie\u0323\u0302t Nam"));
        assertEquals("hợp tác", MappingRepair.repair("ho\u031B \u0323p ta\u0301c"));
    }

    @Test
    void spacingAccentsAfterAVowelBecomeItsMark() {
        assertEquals("Các cơ quan", MappingRepair.repair("Ca\u00B4c cơ quan"));
        assertEquals("Nguyễn", MappingRepair.repair("Nguye\u02C6\u02DCn"));
        assertEquals("lõi", MappingRepair.repair("lo\u02DCi"));
        // after a consonant or a digit an accent is what it shows
        assertEquals("x\u00B4 5\u00B4", MappingRepair.repair("x\u00B4 5\u00B4"));
    }

    @Test
    void unicodeTextIsLeftAsItIs() {
        String text = "Ủy ban nhân dân tỉnh Bình Phước; 12,5% (đạt 98%) – “Độc lập”";
        assertFalse(MappingRepair.needsRepair(text));
        assertEquals(text, MappingRepair.repair(text));
    }

    @Test
    void glyphsKeepTheirPositions() {
        // a mark glyph merges into its letter's glyph and leaves an empty text behind
        assertEquals(List.of("V", "i", "ệ", "", "", "t"), MappingRepair.repair(List.of("V", "i", "e", " ", "\u0323\u0302", "t")));
        assertEquals(List.of("n", "ư", "ớ", "c"), MappingRepair.repair(List.of("n", "ƣ", "ớ", "c")));
    }
}
