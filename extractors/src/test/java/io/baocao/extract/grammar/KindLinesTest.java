package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kind lines read from the one list of document kinds (words/document-kinds.txt, roles title and attached-title). */
class KindLinesTest {
    @Test
    void aKindLineIsTheCapitalsOfAKindItsTitleRoleReads() {
        // vn-01-2006-tt-nhnn-tcvn3: "THÔNG TƯ Hướng dẫn …" under the header
        KindLines.KindLine line = KindLines.kindLine("THÔNG TƯ Hướng dẫn").orElseThrow();
        assertEquals("Thông tư", line.kind().name());
        assertFalse(line.kind().attached());
        assertEquals("Hướng dẫn", line.rest());
    }

    @Test
    void anAttachedTitleOpensADocumentIssuedWithAnother() {
        // hn-15-2010-qd-ubnd: the Quy định issued with the Quyết định
        KindLines.KindLine rules = KindLines.kindLine("QUY ĐỊNH Về quản lý, cung cấp, sử dụng Internet tại các đại lý")
                .orElseThrow();
        assertEquals("Quy định", rules.kind().name());
        assertTrue(rules.kind().attached());
        // cantho-2024-phu-luc-320, in sentence case with its number
        KindLines.KindLine appendix = KindLines.kindLine("Phụ lục II MỘT SỐ NHIỆM VỤ TRỌNG TÂM").orElseThrow();
        assertEquals("Phụ lục", appendix.kind().name());
        assertTrue(appendix.kind().attached());
        // bd-cv-ttpvhcc-kyso-2020-signed: a kind only a kind line reads
        assertEquals("Mẫu phiếu", KindLines.kindLine("MẪU PHIẾU GIẤY TIẾP NHẬN HỒ SƠ VÀ HỆ TRẢ KẾT QUẢ")
                .orElseThrow().kind().name());
    }

    @Test
    void aKindLineNamesTheKindAsItsTitleRoleNamesIt() {
        // a joint circular heads a Thông tư, though cited ("Căn cứ Thông tư liên tịch số 06/2008/TTLT-BTTTT-BCA",
        // hn-15-2010-qd-ubnd) it keeps its own name
        KindLines.KindLine joint = KindLines.kindLine("THÔNG TƯ LIÊN TỊCH").orElseThrow();
        assertEquals("Thông tư", joint.kind().name());
        assertEquals("", joint.rest());
        DocumentKinds.Kind cited = DocumentKinds.withRole("cited").stream()
                .filter(k -> k.written().equals("Thông tư liên tịch")).findFirst().orElseThrow();
        assertEquals("Thông tư liên tịch", cited.nameAs("cited"));
        // a summary report is a Báo cáo, the whole line its kind rather than BÁO CÁO titled "TÓM TẮT"
        KindLines.KindLine summary = KindLines.kindLine("BÁO CÁO TÓM TẮT").orElseThrow();
        assertEquals("Báo cáo", summary.kind().name());
        assertEquals("", summary.rest());
    }

    @Test
    void aKindWhoseMarksCameOutWrongIsKnownByItsLetters() {
        // bg-115-bc-kcn-2012-scan: Tesseract reads the kind line "BÁO CÁO" as "BẢO CÁO"
        KindLines.KindLine ocr = KindLines.kindLine("BẢO CÁO CÔNG TÁC PHÒNG, CHÓNG THAM NHŨNG").orElseThrow();
        assertEquals("Báo cáo", ocr.kind().name());
        assertEquals("CÔNG TÁC PHÒNG, CHÓNG THAM NHŨNG", ocr.rest());
        assertEquals("Quyết định", KindLines.kindLine("QUYÉT ĐỊNH").orElseThrow().kind().name());
        // only in capitals: a sentence that starts with the words is running text
        assertTrue(KindLines.kindLine("Bảo cáo Ủy ban").isEmpty());
    }

    @Test
    void aKindNotReadAsATitleMakesNoKindLine() {
        // "Văn bản" and "Phiếu báo" are only cited: in capitals they are words of a title, not a kind line
        assertTrue(KindLines.kindLine("VĂN BẢN").isEmpty());
        assertTrue(KindLines.kindLine("PHIẾU BÁO").isEmpty());
    }
}
