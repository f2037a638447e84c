package io.baocao.pipeline.read.ocr;

import io.baocao.pipeline.read.OcrConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.pdf.PdfLayoutReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageTextQualityTest {
    /**
     * The text layer of a real phone scan (tờ trình 298/TTr-CAT-PC04, Công an tỉnh Lâm Đồng, 2025, made
     * with Adobe Scan for Android), as PDFBox reads it: an OCR layer with Vietnamese letters mapped to the
     * wrong code points.
     */
    static final String BROKEN_OCR_LAYER = """
            BØ CÔNG AN
            CÔNG AN TÈNH LÂM ÒNG
            SÑg8 /TTr- CAT-PC04
            CØNG HOÀ XÃ HØI CHæ NGH(A VIÆT NAM
            Ùc l\u00adp - Tå do - H¡nh phúc
            V/v xin chç tr°¡ng tri¿n khai thñce hiÇn công tác cai nghiÇn ma túy
            tñ nguyÇn t¡i gia ình, cÙng Óng trên Ëa bàn tÉnh Lâm Óng
            Lâm ông, ngày24 tháng 10 nm 2025
            TÜ TRÌNH
            HiÇn nay, trên dËa bàn tÉinh Lâm ông có 4.289 ng°Ýi sí dång tr£i phép ch¥t
            ma túy và 1.028 nguÝi nghiÇn ma túy ngoài xã hÙi. ê giúp ng°Ýi nghiÇn tëng
            """;
    /** Thông tư 01/2006/TT-NHNN set in TCVN3 (.VnTime) fonts, as PDFBox reads it. */
    static final String TCVN3 = """
            ng©n hµng nhµ n−íc
            viÖt nam
            Sè : 01/2006/TT-NHNN
            céng hoµ x∙ héi chñ nghÜa viÖt nam
            §éc lËp - Tù do - H¹nh phóc
            Hµ Néi, ngµy 20 th¸ng 02 n¨m 2006
            Th«ng t−
            """;

    @Test
    void wellFormedSyllables() {
        for (String w : List.of("nghiêng", "người", "khuya", "quốc", "gì", "giữa", "xoong", "thuở", "chuyển", "Nguyễn",
                "ĐỒNG", "hoàng", "oái", "yêu", "ạ", "tỷ", "KHỎE", "khỏe", "thủy", "ngoại")) {
            assertTrue(VietnameseSyllables.isSyllable(w), w);
        }
        for (String w : List.of("nm", "BØ", "TÜ", "HØI", "CHæ", "ngyÇn", "tëng", "hjk", "áà", "ngh", "MobiAgri", "x")) {
            assertFalse(VietnameseSyllables.isSyllable(w), w);
        }
    }

    @Test
    void aBrokenOcrLayerIsGarbled() {
        PageTextQuality.Stats s = PageTextQuality.measure(BROKEN_OCR_LAYER);
        assertEquals(PageTextQuality.Verdict.GARBLED, s.verdict(), s.toString());
    }

    @Test
    void legacyFontTextIsGarbled() {
        PageTextQuality.Stats s = PageTextQuality.measure(TCVN3);
        assertEquals(PageTextQuality.Verdict.GARBLED, s.verdict(), s.toString());
    }

    @Test
    void aPortalStampAloneIsScant() {
        PageTextQuality.Stats s = PageTextQuality.measure(
                "Cổng Thông tin điện tử Chính phủ\nThời gian ký: 23.03.2022 08:55:12 +07:00");
        assertEquals(PageTextQuality.Verdict.SCANT, s.verdict(), s.toString());
    }

    @Test
    void nothingIsNoText() {
        assertEquals(PageTextQuality.Verdict.NO_TEXT, PageTextQuality.measure(" 12 \n 3 ").verdict());
    }

    /** Every page of every corpus PDF, as read: Vietnamese text, never garbled (cover pages may be scant). */
    @Test
    void everyCorpusPageIsText() throws IOException {
        int pages = 0;
        int text = 0;
        try (Stream<Path> files = Files.list(Corpus.corpus())) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                SourceText source = new PdfLayoutReader(io.baocao.pipeline.read.ReadConfig.DEFAULT.withOcr(OcrConfig.OFF)).read(pdf);
                Map<Integer, String> byPage = new TreeMap<>(source.lines().stream().collect(Collectors.groupingBy(
                        TextLine::page, Collectors.mapping(TextLine::text, Collectors.joining("\n")))));
                for (var e : byPage.entrySet()) {
                    PageTextQuality.Stats s = PageTextQuality.measure(e.getValue());
                    assertNotEquals(PageTextQuality.Verdict.GARBLED, s.verdict(), pdf.getFileName() + " page " + e.getKey() + ": " + s);
                    assertTrue(s.malformedShare() < PageTextQuality.MAX_MALFORMED / 3, pdf.getFileName() + " page " + e.getKey() + ": " + s);
                    pages++;
                    text += s.verdict() == PageTextQuality.Verdict.TEXT ? 1 : 0;
                }
            }
        }
        assertTrue(pages > 90 && text >= pages * 0.95, text + " of " + pages + " pages are text");
    }
}
