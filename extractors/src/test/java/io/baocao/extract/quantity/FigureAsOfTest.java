package io.baocao.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date a figure stands at ({@code as_of}), from {@code (tính) đến (ngày) …} before it; vn-bc-ktxh-q1-2005-mixed.pdf. */
class FigureAsOfTest {
    private static List<String> asOf(String sentence) {
        Passage p = new Passage("d", 1, null, sentence, Passage.Kind.SENTENCE,
                new DocumentContext("d", "Báo cáo", 2005, null), null);
        return new FigureExtractor().extract(new AnnotatedPassage(p)).stream().map(f -> f.raw + " " + f.asOf).toList();
    }

    @Test
    void aDateStraightAfterDenWithoutNgay() {
        assertEquals(List.of("1.216,2 nghìn ha 2005-03-15"),
                asOf("Tính đến 15/3/2005, các tỉnh miền Nam thu hoạch được 1.216,2 nghìn ha lúa đông xuân."));
        assertEquals(List.of("485.300 tỷ đồng 2005-03-31"),
                asOf("Tổng dư nợ cho vay toàn nền kinh tế đến 31/3/2005 ước đạt 485.300 tỷ đồng."));
    }

    @Test
    void theLongFormWithoutNgay() {
        assertEquals(List.of("1.732 triệu USD 2005-03-20"), asOf("Lũy kế từ đầu năm đến 20 tháng 3 năm 2005, số vốn cấp mới"
                + " và tăng thêm đạt 1.732 triệu USD."));
    }

    @Test
    void aDayAndMonthAfterNgayAreOfTheReportsYear() {
        assertEquals(List.of("219,4 nghìn ha 2005-03-15"),
                asOf("Tính đến ngày 15/3 các tỉnh miền Nam đã gieo cấy được 219,4 nghìn ha lúa hè thu."));
    }

    @Test
    void aValueInParenthesesForAnotherPeriodIsNotAtTheDate() {
        assertEquals(List.of("388 vụ 2005-03-20", "443 vụ null"),
                asOf("Tính đến ngày 20/3 cả nước xảy ra 388 vụ cháy rừng (cả năm 2004 là 443 vụ)."));
    }

    @Test
    void aSpanOfMonthsIsNoDate() {
        assertEquals(List.of("120 hộ null"), asOf("Thời gian hỗ trợ từ 12 đến 20 tháng cho 120 hộ."));
    }
}
