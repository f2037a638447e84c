package io.baocao.pipeline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuationMergerTest {

    @Test
    void aContinuationCompletesSeveralColumnsAtOnce() {
        List<String> previous = List.of("8 (*)", "Xây dựng Chương trình/ Đề án quản lý các nguồn lực của thành phố Cần Thơ thực", "Sở Kế hoạch và Đầu tư",
                "Thành ủy ban hành Kế hoạch số 129-KH/TU nâng cao năng");
        List<String> next = List.of("", "hiện Nghị quyết số 39-NQ/TW ngày 15/01/2019 của Bộ Chính trị", "", "lực của nền kinh tế.");
        assertTrue(ContinuationMerger.isContinuation(previous, next));
        assertEquals(List.of("8 (*)", "Xây dựng Chương trình/ Đề án quản lý các nguồn lực của thành phố Cần Thơ thực hiện Nghị quyết số 39-NQ/TW ngày 15/01/2019 của Bộ Chính trị",
                "Sở Kế hoạch và Đầu tư", "Thành ủy ban hành Kế hoạch số 129-KH/TU nâng cao năng lực của nền kinh tế."),
                ContinuationMerger.merge(previous, next));
    }

    @Test
    void aCodeBrokenAfterItsHyphenIsJoinedWithoutASpace() {
        assertEquals(List.of("22", "tại Nghị quyết số 12/NQ-HĐND ngày 26/4/2024"),
                ContinuationMerger.merge(List.of("22", "tại Nghị quyết số 12/NQ-"), List.of("", "HĐND ngày 26/4/2024")));
    }

    @Test
    void aSubRowWithFiguresIsNotAContinuation() {
        List<String> parent = List.of("1", "Thu ngân sách nhà nước", "Tỷ đồng", "11.281,17");
        assertFalse(ContinuationMerger.isContinuation(parent, List.of("", "- Thu nội địa", "Tỷ đồng", "10.873,29")));
        assertFalse(ContinuationMerger.isContinuation(parent, List.of("", "", "", "")));
        assertFalse(ContinuationMerger.isContinuation(parent, List.of("2", "Chi ngân sách", "", "")));
    }

    /** ANALYSIS §10 case 24. */
    @Test
    void aSentenceTailPrintedInTheNextRowGoesBack() {
        List<String> previous = new ArrayList<>(List.of("24 (*)", "Dự án Sàn giao dịch công nghệ",
                "đã thực hiện lựa chọn nhà thầu và ký hợp đồng với nhà thầu cung cấp thiết bị trong tháng"));
        List<String> next = new ArrayList<>(List.of("25 (***)", "Cơ sở 2 Trường Đại học Kỹ thuật - Công nghệ Cần Thơ",
                "10/2024, thời gian thực hiện đến ngày 31/12/2024. - Ban Quản lý dự án đầu tư xây dựng thành phố phối hợp với Nhà trường."));
        assertTrue(ContinuationMerger.realign(previous, next));
        assertEquals("đã thực hiện lựa chọn nhà thầu và ký hợp đồng với nhà thầu cung cấp thiết bị trong tháng 10/2024, thời gian thực hiện đến ngày 31/12/2024.",
                previous.get(2));
        assertEquals("- Ban Quản lý dự án đầu tư xây dựng thành phố phối hợp với Nhà trường.", next.get(2));
    }

    @Test
    void cellsThatStartAndEndNormallyStayWhereTheyAre() {
        List<String> previous = new ArrayList<>(List.of("7", "Đường tỉnh 918", "Đã giải ngân 46,969 tỷ đồng."));
        List<String> next = new ArrayList<>(List.of("8", "Đường tỉnh 921", "Đã bàn giao mặt bằng khoảng 92,8%. Triển khai thi công."));
        assertFalse(ContinuationMerger.realign(previous, next));
        List<String> open = new ArrayList<>(List.of("9", "Thư viện", "Ban Quản lý dự án đầu tư xây dựng thành phố"));
        List<String> capital = new ArrayList<>(List.of("10", "Trung tâm văn hóa", "UBND thành phố phê duyệt. Đang thực hiện."));
        assertFalse(ContinuationMerger.realign(open, capital));
        assertTrue(ContinuationMerger.endsOpen("cung cấp thiết bị trong tháng"));
        assertFalse(ContinuationMerger.endsOpen("Đạt NQ"));
        assertFalse(ContinuationMerger.endsOpen("đến ngày 31/12/2024."));
    }
}
