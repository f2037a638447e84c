package io.baocao.extract.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyPlaceFinderTest {
    private final AgencyPlaceFinder finder = new AgencyPlaceFinder();

    private static boolean has(List<AgencyPlaceFinder.Name> names, String type, String text) {
        return names.stream().anyMatch(n -> n.type().equals(type) && n.text().equals(text));
    }

    @Test
    void theShippedModelFindsAgenciesInARealSentence() {
        // corpus/realworld/bd-243-tb-vpubnd-2020
        String s = "Giúp lãnh đạo Văn phòng UBND tỉnh giữ mối quan hệ với Sở Kế hoạch và Đầu tư, Sở Tài chính"
                + " (lĩnh vực phân công theo dõi) và một số đơn vị liên quan.";
        List<AgencyPlaceFinder.Name> names = finder.find(s);
        assertTrue(has(names, "agency", "Sở Kế hoạch và Đầu tư"), names.toString());
        assertTrue(has(names, "agency", "Sở Tài chính"), names.toString());
        AgencyPlaceFinder.Name first = names.get(0);
        assertTrue(s.substring(first.start(), first.end()).equals(first.text()));
    }

    @Test
    void theShippedModelFindsPlacesAndTheBodyOfAPlace() {
        // corpus/cantho-2024-h1-bao-cao and cantho-2024-phu-luc-320 (row 21)
        List<AgencyPlaceFinder.Name> places = finder.find("Khu TĐC Ninh Kiều, Khu TĐC phường Thới Thuận, quận Thốt Nốt (giai đoạn 2).");
        assertTrue(has(places, "place", "quận Thốt Nốt"), places.toString());
        List<AgencyPlaceFinder.Name> row = finder.find("Hiện nay, UBND quận Ninh Kiều đang tập trung chỉ đạo thực hiện,"
                + " ưu tiên thực hiện 2 nút giao thông số 1 và số 4");
        assertTrue(has(row, "agency", "UBND quận Ninh Kiều"), row.toString());
    }
}
