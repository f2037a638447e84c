package io.baocao.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AgencyPlaceRuleTest {
    private final AgencyPlaceRule rule = new AgencyPlaceRule();

    private List<String> names(String text) {
        String[] t = NameTokens.of(text);
        List<String> out = new ArrayList<>();
        for (Span s : rule.find(t)) {
            out.add(s.getType() + ":" + String.join(" ", java.util.Arrays.copyOfRange(t, s.getStart(), s.getEnd())));
        }
        return out;
    }

    @Test
    void agenciesByHeadWordAndCapitals() {
        // cantho-2023-ke-hoach-22: a task's lead and partners
        assertEquals(List.of("agency:Sở Ngoại vụ", "agency:Sở Kế hoạch và Đầu tư", "agency:UBND quận , huyện"),
                names("Giao Giám đốc Sở Ngoại vụ, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Chủ tịch UBND quận, huyện"));
    }

    @Test
    void aPlaceAfterAnAgencyIsPartOfIt() {
        // cantho-2024-phu-luc-320, row 21
        assertEquals(List.of("agency:UBND quận Ninh Kiều", "agency:HĐND thành phố"),
                names("Nâng cấp, Cải tạo các nút giao thông quan trọng | UBND quận Ninh Kiều | Quý III năm 2022 | Đã được HĐND thành phố phê duyệt"));
    }

    @Test
    void placesByLevelWordAndDictionary() {
        // cantho-2024-h1-bao-cao
        assertEquals(List.of("place:phường Thới Thuận", "place:quận Thốt Nốt"),
                names("Khu TĐC Ninh Kiều, Khu TĐC phường Thới Thuận, quận Thốt Nốt (giai đoạn 2)."));
    }

    @Test
    void aPersonsNameAndTheNationalMottoAreNotTheBodys() {
        assertEquals(List.of("agency:Bộ Nội vụ"), names("Sau khi nghe Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà báo cáo"));
        assertEquals(List.of("agency:ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
                names("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG Số: /TB-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").subList(0, 1));
    }
}
