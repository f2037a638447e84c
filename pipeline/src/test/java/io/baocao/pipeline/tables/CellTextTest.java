package io.baocao.pipeline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void linesOfACellAreJoinedWithSpacesExceptAfterAHyphenGluedToAWord() {
        assertEquals("Quý III-IV/2022", CellText.join("Quý III-", "IV/2022"));
        assertEquals("2022-2026", CellText.join("2022-", "2026"));
        assertEquals("2016 - 2024", CellText.join("2016 -", "2024"));
        assertEquals("Kỹ thuật - Công nghệ", CellText.join("Kỹ thuật -", "Công nghệ"));
        assertEquals("Ghi chú", CellText.join("Ghi", "chú"));
    }

    @Test
    void glyphsBecomeLinesTopToBottomWithSpacesFromGaps() {
        List<Glyph> glyphs = List.of(
                glyph("c", 20, 30), glyph("h", 26, 30), glyph("ú", 32, 30),
                glyph("G", 20, 18), glyph("h", 26, 18), glyph("i", 32, 18),
                glyph("9", 60, 18), glyph("5", 66, 18), glyph("%", 76, 18));
        assertEquals("Ghi 95 % chú", CellText.of(glyphs));
    }

    @Test
    void textIsNfcWithOneSpaceBetweenWords() {
        assertEquals("Năm 2024", CellText.normalise(" Na\u0306m\u00A0 2024\n"));
    }

    private static Glyph glyph(String t, float x, float baseline) {
        return new Glyph(t, x, baseline, 6, 12, false);
    }
}
