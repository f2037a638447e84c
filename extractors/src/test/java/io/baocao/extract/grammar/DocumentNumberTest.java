package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nghị quyết số 42/NQ-HĐND ngày 08 tháng 12 năm 2023 | 42/NQ-HĐND | Nghị quyết",
        "Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 | 52/2015/NĐ-CP | Nghị định",
        "Nghị quyết số 68/2022/QH15 ngày 10 tháng 11 | 68/2022/QH15 | Nghị quyết",
        "Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020 | 59-NQ/TW | Nghị quyết",
        "Chương trình số 03-CTr/TU ngày 04/11/2020 | 03-CTr/TU | Chương trình",
        "Quyết định số 1519/QĐ-TTg ngày 02/12/2023 | 1519/QĐ-TTg | Quyết định",
        "Công văn số 2329/UBND-TH | 2329/UBND-TH | Công văn",
        "Quyết định số 2003/QĐ UBND về việc | 2003/QĐ-UBND | Quyết định",
        "Số: 22 /KH-UBND | 22/KH-UBND | Kế hoạch",
        "Chỉ thị của Ban bí thư số 42/CT/TW | 42/CT/TW | Chỉ thị",
        "Nghị quyết số 35/2023/UBTVQH15 | 35/2023/UBTVQH15 | Nghị quyết",
        "Báo cáo thẩm định của 128/BCTĐ-BTP | 128/BCTĐ-BTP | Báo cáo",
        // a Party number typed with spaces round its hyphen (Hướng dẫn 36-HD/VPTW prints none)
        "Số 125 - BC/HU | 125-BC/HU | Báo cáo",
        "theo Thông tri số 05-TT/TU của Tỉnh ủy | 05-TT/TU | Thông tri",
        "Thông tư số 07/2021/TT-BTTTT | 07/2021/TT-BTTTT | Thông tư",
    })
    void findsAndCanonicalises(String text, String canonical, String kind) {
        List<DocumentNumber.Found> found = DocumentNumber.findAll(text);
        assertEquals(1, found.size(), () -> "found " + found);
        assertEquals(canonical, found.get(0).canonical());
        assertEquals(kind, DocumentNumber.kindOf(found.get(0)).orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngày 30/4/2024", "đường 3/2", "tỷ lệ 1/2000", "xếp hạng 14/63 tỉnh", "COVID-19",
        "giai đoạn 2021 - 2025", "2.029,859/5.860,400 tỷ đồng", "Km0 - Km7", "năm 2023 - UBND thành phố",
        "từ năm 2021 - TP/HCM"})
    void leavesOtherSlashesAndDashesAlone(String text) {
        assertTrue(DocumentNumber.findAll(text).isEmpty(), () -> text + " → " + DocumentNumber.findAll(text));
    }

    @Test
    void fillsTheIssuerFromTheCode() {
        DocumentNumber.Found f = DocumentNumber.findAll("1519/QĐ-TTg").get(0);
        assertEquals("Thủ tướng Chính phủ", DocumentNumber.issuerOf(f).orElseThrow());
    }

    @Test
    void aSpaceForTheSlashAfterSoIsReadWhenAKindCodeAndIssuerFollow() {
        // corpus/realworld/vn-bc-nln-t01-2006.pdf p. 1
        String text = "(QĐ số 1194 QĐ-TTg và QĐ số 1177 QĐ-BKH)";
        assertEquals(java.util.List.of("1194/QĐ-TTg", "1177/QĐ-BKH"),
                DocumentNumber.findAll(text).stream().map(DocumentNumber.Found::canonical).toList());
        assertEquals(java.util.List.of(), DocumentNumber.findAll("Năm 2023 đã ban hành 12 QĐ-UBND về đất đai"));
    }
}
