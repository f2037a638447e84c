package io.baocao.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.text.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role of a percentage read from the words around it, on sentences of reports the rules were not written on. */
class PercentageRoleTest {
    private static List<String> roles(String sentence) {
        return new Extraction().passage(Passage.of(sentence)).stream().filter(r -> r instanceof PercentageRecord)
                .map(r -> (PercentageRecord) r).map(p -> p.raw + " " + p.role).toList();
    }

    @Test
    void aValueForAnEarlierPeriodInParenthesesPlaysTheRoleOfTheOneItFollows() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 3 and p. 9
        assertEquals(List.of("14,4% growth", "15,6% growth", "15,1% growth", "16% growth"),
                roles("Tính chung 3 tháng, giá trị sản xuất công nghiệp tăng khoảng 14,4% so với cùng kỳ năm trước (cùng kỳ"
                        + " 2004 đạt 15,6%; 2003: 15,1%), thấp hơn mức kế hoạch (kế hoạch 16%)."));
        assertEquals(List.of("53,7% growth", "28% attainment", "26,8% attainment"),
                roles("Thu dầu thô ước đạt 10.621 tỷ đồng, tăng 53,7% so với cùng kỳ, bằng 28% dự toán năm, (cùng kỳ 2004 là 26,8%)."));
    }

    @Test
    void aNumberListedWithoutItsVerbPlaysTheRoleOfTheOneBefore() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 4 and p. 6
        assertEquals(List.of("5% growth", "0,8% growth", "4,9% growth", "0,6% growth", "6,5% growth"),
                roles("Giá trị sản xuất toàn ngành nông, lâm, ngư nghiệp quý I năm 2005 tăng 5% so với cùng kỳ (cùng kỳ tăng"
                        + " 0,8%), trong đó nông nghiệp tăng 4,9%; lâm nghiệp 0,6%; thuỷ sản tăng 6,5%."));
        assertEquals(List.of("5,2% growth", "6,9% growth"), roles("Khối lượng vận tải hàng hoá ước đạt gần 64,2 triệu tấn,"
                + " tăng 5,2% về tấn vận chuyển và 6,9% về TKm so với cùng kỳ năm 2004."));
    }

    @Test
    void anIndicatorLabelEndingInSoVoiNamesWhatItsPercentagesAreOf() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 2, rows of the indicator table
        assertEquals("dự toán", PercentageRole.basisOfIndicator("Thu NSNN so với dự toán (%)"));
        assertEquals("GDP", PercentageRole.basisOfIndicator("(10) Bội chi ngân sách nhà nước so với GDP (%)"));
        assertEquals("cùng kỳ năm trước", PercentageRole.basisOfIndicator("Tổng mức bán lẻ so với cùng kỳ năm trước"));
        assertEquals(null, PercentageRole.basisOfIndicator("(11) Chỉ số giá tiêu dùng (%)"));
        assertEquals(null, PercentageRole.basisOfIndicator("Số xã đạt chuẩn so với tổng số xã của huyện Phong Điền năm 2024 đạt"),
                "a label that goes on after its basis is no label ending in one");
    }

    @Test
    void aNewSentenceInheritsNothing() {
        assertEquals(List.of("8% growth", "12% rate"), roles("Doanh thu tăng 8%. Đà Nẵng 12%."));
    }

    @Test
    void theShareWordsAreReadInsideParentheses() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 1
        assertEquals(List.of("16,4% growth", "26,1% share", "16,3% growth", "6,9% share"),
                roles("Tp. Hồ Chí Minh tăng 16,4% (chiếm tỷ trọng 26,1%), Hà Nội tăng 16,3% (chiếm tỷ trọng 6,9%)."));
    }

    @Test
    void aGrowthRateAsTheSubjectMakesItsValueAGrowth() {
        // cantho-2024-h1-bao-cao.pdf p. 28; vn-bc-ktxh-q1-2005-mixed.pdf p. 3
        assertEquals(List.of("7,5% growth", "9,23% growth"), roles("qua tính toán sơ bộ, để đạt được tăng trưởng kinh tế ở"
                + " mức 7,5%, dự kiến 6 tháng cuối năm 2024 phải đạt mức tăng trưởng khoảng 9,23%;"));
        assertEquals(List.of("11,3% growth", "13,2% growth"), roles("Thành phố Hồ Chí Minh có tỷ trọng công nghiệp cao nhưng"
                + " tốc độ tăng trưởng chỉ đạt 11,3%, Phú Thọ tăng 13,2%."));
    }

    @Test
    void aRateOfCoverageStaysARate() {
        // cantho-2024-h1-bao-cao.pdf p. 19: the sentence compares with the same period earlier, these clauses do not
        assertEquals(List.of("100% rate", "79,68% rate"), roles("Tiếp nhận 1.389 đơn, giảm 78 đơn so với cùng kỳ; kết quả"
                + " phân loại, xử lý đạt 100%; kết quả đã giải quyết 51/64 vụ việc khiếu nại, đạt 79,68%."));
    }

    @Test
    void aLevelAgainstAnAmountIsAttainmentAndAgainstAWholeIsShare() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 7, p. 1, p. 8; cantho-2024-phu-luc-320.pdf p. 12 and p. 14
        assertEquals(List.of("16,8% attainment"), roles("Nhập siêu 3 tháng đầu năm là 1,13 tỷ USD, bằng 16,8% kim ngạch xuất khẩu."));
        assertEquals(List.of("36,5% share"), roles("Tổng nguồn vốn đầu tư phát triển toàn xã hội bằng 36,5% GDP."));
        assertEquals(List.of("76% share"), roles("Phần vốn vay của 3 nhà tài trợ lớn chiếm khoảng 151 triệu USD, tương đương với"
                + " 76% tổng giá trị giải ngân."));
        assertEquals(List.of("28,5% attainment", "27,6% attainment"), roles("Thu từ hai khu vực tương ứng là 5.124 tỷ đồng và"
                + " 4.357 tỷ đồng, tương đương 28,5% và 27,6% dự toán năm."));
        assertEquals(List.of("54,63% attainment"), roles("Dự án khởi công ngày 20/7/2023; kinh phí thực hiện đạt 108/197,704 tỷ đồng (54,63%)."));
        assertEquals(List.of("3,7% attainment"), roles("Kế hoạch vốn bố trí năm 2024: 30 tỷ đồng; đã giải ngân vốn từ đầu năm đến"
                + " ngày 11/10/2024: 1,105 tỷ đồng, đạt 3,7%."));
    }

    @Test
    void productsBelowTheSamePeriodAreLevelsAgainstIt() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 1
        assertEquals(List.of("98,1% attainment", "92,1% attainment"), roles("Một số sản phẩm giảm so với cùng kỳ có dầu thô đạt"
                + " 98,1%, ga hoá lỏng đạt 92,1%."));
    }

    @Test
    void aRateMovingFromOneLevelToAnotherIsTwoRates() {
        // vn-bc-nln-t01-2006.pdf p. 5
        assertEquals(List.of("40% rate", "20% rate"), roles("Chính phủ đã cho một số đơn vị nhập khẩu với mức thuế giảm từ 40%"
                + " xuống 20% nên giá đường đã nhanh chóng giảm."));
    }

    @Test
    void aComparatorBetweenTheVerbAndTheNumberKeepsTheGrowth() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 1
        assertEquals(List.of("6,5% growth"), roles("Chỉ số giá tiêu dùng tăng dưới 6,5%."));
    }

    @Test
    void aProseLineWrittenAsAnIndicatorRowTakesTheRoleOfItsLabel() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 2
        assertEquals(List.of("23,2 attainment", "25,8 attainment"), roles("Thu NSNN so với dự toán (%) 23,2 25,8"));
        assertEquals(List.of("1,7 share", "2,7 share"), roles("(10) Bội chi ngân sách nhà nước so với GDP (%) 1,7 2,7"));
        assertEquals(List.of("4,9 growth", "3,7 growth"), roles("(11) Chỉ số giá tiêu dùng (%) 4,9 3,7"));
    }

    @Test
    void aShareInParenthesesMeasuresWhatTheNumberBeforeItMeasures() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 1: "tỷ trọng" says what kind of number 26,1% is, not what it measures
        List<String> metrics = new Extraction().passage(Passage.of("Tp. Hồ Chí Minh tăng 16,4% (chiếm tỷ trọng 26,1%).")).stream()
                .filter(r -> r instanceof PercentageRecord).map(r -> ((PercentageRecord) r).metric).toList();
        assertEquals(List.of("Hồ Chí Minh", "Hồ Chí Minh"), metrics);
    }

    @Test
    void aValueForAnEarlierPeriodMeasuresWhatTheNumberItFollowsMeasures() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 3: not "cùng kỳ"; "gia tăng" (value added) is no verb
        List<String> metrics = new Extraction().passage(Passage.of("Giá trị gia tăng của ngành công nghiệp tăng 8,56%"
                + " (cùng kỳ tăng 9,9%).")).stream().filter(r -> r instanceof PercentageRecord)
                .map(r -> ((PercentageRecord) r).metric).toList();
        assertEquals(List.of("Giá trị gia tăng của ngành công nghiệp", "Giá trị gia tăng của ngành công nghiệp"), metrics);
    }

    @Test
    void theItemsOfAListAreNamedBeforeTheirOwnVerb() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 1
        List<String> metrics = new Extraction().passage(Passage.of("Một số sản phẩm giảm so với cùng kỳ có dầu thô đạt 98,1%,"
                + " ga hoá lỏng đạt 92,1%.")).stream().filter(r -> r instanceof PercentageRecord)
                .map(r -> ((PercentageRecord) r).metric).toList();
        assertEquals(List.of("dầu thô", "ga hoá lỏng"), metrics);
    }
}
