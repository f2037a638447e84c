package io.baocao.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.text.Sentences;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model on real paragraphs of the corpus (cantho-2024-h1-bao-cao, cantho-2022-h1-nghi-quyet-05 ...). */
class VietnameseSentencesTest {

    @Test
    void tpCanThoEndsNoSentence() {
        String recipient = "- Đoàn đại biểu Quốc hội TP. Cần Thơ;";
        assertEquals(List.of(recipient), VietnameseSentences.split(recipient));
        String paragraph = "Theo vùng lãnh thổ hai tháng đầu năm 2007 các tỉnh, thành phố đạt mức tăng trưởng GTSXCN so cùng kỳ"
                + " cao hơn kế hoạch toàn ngành (16%) gồm: Tp. Hồ Chí Minh tăng 16,4% (chiếm tỷ trọng 26,1%), Hà Nội tăng 16,3%"
                + " (chiếm tỷ trọng 6,9%), Cần Thơ tăng 18,8%. Một số tỉnh, thành phố chiếm tỷ trọng lớn đạt tỷ lệ tăng trưởng"
                + " thấp hơn kế hoạch toàn ngành gồm: Quảng ninh 15%, Thanh Hoá tăng 11,7%.";
        List<String> sentences = VietnameseSentences.split(paragraph);
        assertEquals(2, sentences.size());
        assertEquals("Một số tỉnh", sentences.get(1).substring(0, 11));
    }

    @Test
    void anAbbreviationTheRuleDoesNotKnowEndsNoSentence() {
        // the rule cuts "- TT." from "HĐND thành phố;" (a recipient of Kế hoạch 22/KH-UBND)
        String recipient = "- TT. HĐND thành phố;";
        assertEquals(2, Sentences.spans(recipient).size());
        assertEquals(List.of(recipient), VietnameseSentences.split(recipient));
    }

    @Test
    void thousandsSeparatorsAndPercentagesEndNoSentence() {
        String paragraph = "Tổng vốn đầu tư trên địa bàn tháng đầu năm 2024, ước đạt 13.181,24 tỷ đồng, đạt 37,66% kế hoạch, tăng"
                + " 7,77% so với cùng kỳ năm trước. Trong đó, vốn nhà nước đạt 3.811,61 tỷ đồng, giảm 7,35%; vốn ngoài nhà"
                + " nước đạt 8.970,53 tỷ đồng, tăng 20,65%; vốn đầu tư trực tiếp nước ngoài đạt 399,10 tỷ đồng, tăng hơn 2"
                + " lần so với cùng kỳ.";
        List<String> sentences = VietnameseSentences.split(paragraph);
        assertEquals(2, sentences.size());
        assertEquals("Trong đó, vốn nhà nước", sentences.get(1).substring(0, 22));
        String registrations = "- Đăng ký kinh doanh: Ước 6 tháng năm 2024, cấp mới đăng ký kinh doanh cho 875 doanh nghiệp với"
                + " tổng vốn đăng ký 8.300 tỷ đồng, đạt 48,61% KH về số lượng doanh nghiệp và đạt 63,8% KH về vốn, tương đương"
                + " về số lượng doanh nghiệp và tăng 44,5% về vốn so với cùng kỳ. Bên cạnh đó, có 700 lượt doanh nghiệp tạm"
                + " ngưng hoạt động, tăng 42,3% so với cùng kỳ; 105 doanh nghiệp giải thể tự nguyện, tăng 38,2% so với cùng"
                + " kỳ. Ước tổng số có 300 lượt doanh nghiệp quay trở lại hoạt động, tăng 27,7% so với cùng kỳ. Tỷ lệ hồ sơ"
                + " đăng ký doanh nghiệp qua mạng đạt 74%.";
        assertEquals(4, VietnameseSentences.split(registrations).size());
    }

    @Test
    void aLawNumberEndsNoSentence() {
        String paragraph = "+ Chính sách về thu nhập của cán bộ, công chức, viên chức thuộc thành phố quản lý (Điều 6 Nghị quyết"
                + " số 45/2022/QH15): Để thực hiện chính sách này, đòi hỏi thành phố phải tự cân đối ngân sách và đảm bảo các"
                + " điều kiện khác có liên quan. Do đó, các cấp lãnh đạo thành phố đã thống nhất chủ trương chưa thực hiện"
                + " chính sách “Chi thu nhập bình quân tăng thêm cho cán bộ, công chức, viên chức và mức thu nhập cho chuyên"
                + " gia, nhà khoa học, trí thức có trình độ, chuyên môn, nghiệp vụ cao của thành phố” cho đến khi đáp ứng đủ"
                + " điều kiện, yêu cầu cụ thể nêu trong Nghị quyết số 45/2022/QH15, sẽ triển khai vào thời điểm thích hợp,"
                + " đảm bảo sát với nguồn lực, điều kiện thực hiện.";
        List<String> sentences = VietnameseSentences.split(paragraph);
        assertEquals(2, sentences.size());
        assertEquals("Do đó, các cấp", sentences.get(1).substring(0, 14));
        // a law number, and the date after it, end no sentence; the full stop after "Quốc hội" does
        String law = "Triển khai kế hoạch thực hiện Chương trình mục tiêu quốc gia về giảm nghèo bền vững trên địa bàn"
                + " thành phố, đảm bảo tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều duy trì mức giảm 1-1,5% theo Nghị quyết số"
                + " 24/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc hội. Thực hiện tốt công tác hỗ trợ, chăm sóc trẻ em; dạy"
                + " nghề gắn với việc làm, nhất là bộ đội xuất ngũ, khôi phục thị trường xuất khẩu lao động.";
        assertEquals(2, VietnameseSentences.split(law).size());
    }

    @Test
    void aListLabelOpeningAParagraphEndsNoSentence() {
        String item = "10. Đẩy nhanh hơn nữa công tác cải cách hành chính, cải thiện môi trường đầu tư kinh doanh.";
        assertEquals(List.of(item), VietnameseSentences.split(item));
    }

    @Test
    void spansAreOffsetsIntoTheText() {
        String text = "Sản lượng thủy sản tăng so với cùng kỳ. Chủ trọng công tác xúc tiến thương mại.";
        List<int[]> spans = VietnameseSentences.spans(text);
        assertEquals(2, spans.size());
        assertEquals("Chủ trọng công tác xúc tiến thương mại.", text.substring(spans.get(1)[0], spans.get(1)[1]));
    }
}
