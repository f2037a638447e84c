package io.baocao.pipeline.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.read.TextLine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tesseract's hOCR of two real pages at 200 dpi (saved as Tesseract 5.3 wrote it): the first page of the
 * scanned thông báo 79/TB-VPCP (a two-column header) and page 4 of the corpus report (body text, footnotes
 * with superscript numbers).
 */
class HocrLinesTest {
    private static final float PT = 72f / 200;

    private static List<TextLine> read(String name, int page) throws IOException {
        try (InputStream in = HocrLinesTest.class.getResourceAsStream(name)) {
            return HocrLines.read(in, page, PT, 1654 * PT, 2338 * PT);
        }
    }

    private static TextLine line(List<TextLine> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in " + lines.stream().map(TextLine::text).toList()));
    }

    @Test
    void theHeaderColumnsAreSeparateLinesAsInATextLayer() throws IOException {
        List<TextLine> lines = read("vn-79-tb-vpcp-2022-page-1.hocr", 1);
        List<String> texts = lines.stream().map(TextLine::text).toList();
        assertEquals(List.of("VĂN PHÒNG CHÍNH PHỦ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 79/TB-VPCP", "Hà Nội, ngày 22 tháng 3 năm 2022", "THÔNG BÁO",
                "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính"), texts.subList(0, 7));
        TextLine issuer = lines.get(0);
        TextLine motto = lines.get(1);
        assertEquals(issuer.y(), motto.y(), 0.01, "one printed line");
        assertTrue(motto.x() > issuer.x() + issuer.width(), "the motto is right of the issuer");
        // "VĂN" starts at pixel 253; the line's baseline is 7 px above its box's bottom at 218
        assertEquals(253 * PT, issuer.x(), 0.01);
        assertEquals((218 - 7) * PT, issuer.y(), 0.01);
        assertEquals(1, issuer.page());
        assertEquals(1654 * PT, issuer.pageWidth(), 0.01);
    }

    @Test
    void proseLinesStayWhole() throws IOException {
        List<TextLine> lines = read("vn-79-tb-vpcp-2022-page-1.hocr", 1);
        TextLine l = line(lines, "Ngày 09 tháng 3 năm 2022");
        assertEquals("Ngày 09 tháng 3 năm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ", l.text());
        List<TextLine> page4 = read("cantho-2024-h1-bao-cao-page-4.hocr", 4);
        for (int i = 1; i < page4.size(); i++) {
            assertTrue(page4.get(i).y() > page4.get(i - 1).y(), "a line of page 4 split at a word gap: " + page4.get(i).text());
        }
        assertEquals(43, page4.size(), "the 43 lines Tesseract found");
    }

    @Test
    void aRaisedNumberOpeningALineIsItsFootnoteNumber() throws IOException {
        List<TextLine> lines = read("cantho-2024-h1-bao-cao-page-4.hocr", 4);
        TextLine f14 = line(lines, "Giảm do diện tích");
        assertEquals(14, f14.footnote());
        assertEquals("Giảm do diện tích trồng giảm", f14.text());
        TextLine f13 = line(lines, "Trong đó: Diện tích xuống giống lúa");
        assertEquals(13, f13.footnote());
        // "02 nhiệm vụ KH&CN …" is printed on the baseline: a number of the text, not a footnote's
        assertEquals(0, line(lines, "02 nhiệm vụ KH&CN").footnote());
    }

    @Test
    void anAnchorGluedToItsWordIsTakenOut() throws IOException {
        TextLine l = line(read("cantho-2024-h1-bao-cao-page-4.hocr", 4), "thái khởi nghiệp");
        assertEquals("thái khởi nghiệp đổi mới sáng tạo của thành phố”.", l.text());
        assertEquals(1, l.anchors().size());
    }

    /**
     * Footnotes (10 pt in the report) come out smaller than the body (14 pt) by the same proportion, and
     * a superscript does not make its line look larger.
     */
    @Test
    void fontSizesFollowTheLineHeightsWithoutSuperscripts() throws IOException {
        List<TextLine> lines = read("cantho-2024-h1-bao-cao-page-4.hocr", 4);
        TextLine body = line(lines, "Tổng vốn đầu tư trên địa bàn");
        TextLine footnote = line(lines, "Thu 71.280 ha");
        TextLine withNumber = line(lines, "Giảm do diện tích");
        TextLine withAnchor = line(lines, "thái khởi nghiệp");
        assertEquals(footnote.fontSize(), withNumber.fontSize(), 1.0f);
        assertEquals(body.fontSize(), withAnchor.fontSize(), 1.0f);
        assertEquals(10f / 14f, footnote.fontSize() / body.fontSize(), 0.07f);
        assertTrue(body.fontSize() >= 12.5f && body.fontSize() <= 15, "body " + body.fontSize());
    }

    @Test
    void rulesAndSpecksAreNotText() throws IOException {
        for (TextLine l : read("vn-79-tb-vpcp-2022-page-1.hocr", 1)) {
            assertFalse(l.text().contains("———"), l.text());
            assertFalse(l.text().equals(":"), "a speck read as ':'");
        }
    }
}
