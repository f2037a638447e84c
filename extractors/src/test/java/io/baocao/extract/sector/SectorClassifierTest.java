package io.baocao.extract.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of the Cần Thơ reports put in their sector, by the rule, by the shipped model, and in extraction. */
class SectorClassifierTest {
    /** Nghị quyết 05/2022 (p. 6), under its fifth task. */
    static final String DISBURSEMENT_SECTION = "Điều 2. Nhiệm vụ, giải pháp 6 tháng cuối năm 2022 > 5. Tiếp tục quán triệt, "
            + "thực hiện những nhiệm vụ, giải pháp chủ yếu đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công";
    static final String DISBURSEMENT = "Xác định nhiệm vụ giải ngân vốn đầu tư công năm 2022 là nhiệm vụ chính trị quan trọng của "
            + "thành phố, phấn đấu hoàn thành giải ngân vốn kế hoạch đầu tư công năm 2022.";
    /** Báo cáo 6 tháng đầu năm 2024 (p. 12), under "b) Y tế". */
    static final String HEALTH_SECTION = "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG, AN NINH 6 THÁNG "
            + "ĐẦU NĂM 2024 > 4. Về một số lĩnh vực xã hội > b) Y tế";
    static final String HEALTH_INSURANCE = "Tỷ lệ tham gia bảo hiểm y tế ước 6 tháng năm 2024 đạt 86,74% (NQ 93,55%).";

    @Test
    void theShippedClassifierPutsDisbursementInPublicInvestmentAndHealthInsuranceInHealth() {
        SectorClassifier shipped = SectorClassifier.shipped();
        assertEquals("dau-tu-cong", shipped.sectorOf(DISBURSEMENT_SECTION, DISBURSEMENT));
        assertEquals("y-te", shipped.sectorOf(HEALTH_SECTION, HEALTH_INSURANCE));
        // the text alone says it too: a sentence out of its report, or a heading path lost
        assertEquals("dau-tu-cong", shipped.sectorOf(null, DISBURSEMENT));
        assertEquals("y-te", shipped.sectorOf(null, HEALTH_INSURANCE));
    }

    @Test
    void theShippedModelReadsTheSameSentencesTheSameWay() {
        SectorModel model = SectorModel.shipped();
        assertEquals("dau-tu-cong", model.sectorOf(DISBURSEMENT_SECTION, DISBURSEMENT));
        assertEquals("y-te", model.sectorOf(HEALTH_SECTION, HEALTH_INSURANCE));
    }

    @Test
    void theHeadingDecidesWhenTheTextNamesNoSector() {
        // báo cáo 2024, p. 14: the sentence names no field; its heading does
        String text = "Tổ chức Họp mặt, Tọa đàm với chủ đề Bình đẳng giới và vai trò, vị trí của phụ nữ.";
        SectorRule rule = new SectorRule();
        assertEquals("lao-dong-xa-hoi", rule.sectorOf("I. KẾT QUẢ > 4. Về một số lĩnh vực xã hội > "
                + "c) Lao động - Thương binh và Xã hội", text));
        assertEquals(Sectors.GENERAL.id(), rule.sectorOf(null, "Kính gửi Đồng chí Chủ tịch UBND tỉnh"));
    }

    @Test
    void everyRecordOfAPassageCarriesThePassagesSector() {
        Passage p = new Passage("cantho-2024-h1-bao-cao", 4, "I. KẾT QUẢ > 2. Về huy động các nguồn lực > a) Đầu tư xây dựng cơ bản",
                "Ước giải ngân đến ngày 30 tháng 6 năm 2024 là 3.100 tỷ đồng, đạt 35,03% kế hoạch vốn được HĐND thành phố giao.",
                Passage.Kind.SENTENCE, new DocumentContext("cantho-2024-h1-bao-cao", "Báo cáo", 2024, "thành phố Cần Thơ"), null);
        List<Record> records = new Extraction().passage(p);
        assertFalse(records.isEmpty());
        assertTrue(records.stream().allMatch(r -> "dau-tu-cong".equals(r.sector)), records.toString());
    }

    @Test
    void aReaderNamesASectorByIdOrByLabelMarksOptional() {
        assertEquals("y-te", Sectors.find("y-te").orElseThrow().id());
        assertEquals("y-te", Sectors.find("Y tế").orElseThrow().id());
        assertEquals("y-te", Sectors.find("y te").orElseThrow().id());
        assertEquals("dau-tu-cong", Sectors.find("Đầu tư công").orElseThrow().id());
        assertEquals("giao-thong-xay-dung-do-thi", Sectors.find("giao thong - xay dung - do thi").orElseThrow().id());
        assertTrue(Sectors.find("thể thao").isEmpty());
        assertEquals(16, Sectors.ALL.size());
    }
}
