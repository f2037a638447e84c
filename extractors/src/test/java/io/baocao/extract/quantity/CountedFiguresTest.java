package io.baocao.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.text.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts as the real-world set writes them (corpus/realworld/): the unit is the counted noun. */
class CountedFiguresTest {
    private static List<String> figures(String sentence) {
        return new Extraction().passage(Passage.of(sentence)).stream().filter(r -> r instanceof FigureRecord)
                .map(r -> (FigureRecord) r).map(f -> f.raw + " = " + f.unit).toList();
    }

    @Test
    void twoCountsJoinedByASlashAreTwoFigures() {
        // vn-3980-c04-p6-2025-scan.pdf p. 1
        assertEquals(List.of("461 vụ = vụ", "873 đối tượng = đối tượng"), figures("Trong 06 tháng đầu năm 2025, lực lượng"
                + " chức năng toàn tỉnh bắt giữ 461 vụ/873 đối tượng liên quan đến ma tuý."));
    }

    @Test
    void aRatePerARoundNumberOfPeopleIsNoSecondCount() {
        assertEquals(List.of("13 máy = máy"), figures("Mật độ điện thoại đạt 13 máy/100 dân."));
    }

    @Test
    void thousandsAndMillionsOfACountedNounKeepTheScaleInTheUnit() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 6
        assertEquals(List.of("436 nghìn thuê bao = nghìn thuê bao", "935,8 nghìn thuê bao = nghìn thuê bao"),
                figures("Trong tháng 3/2005 phát triển mới 436 nghìn thuê bao điện thoại, tăng 297% so với cùng kỳ, nâng tổng"
                        + " số phát triển mới của quý I/2005 là 935,8 nghìn thuê bao, tăng 71% so với cùng kỳ."));
    }

    @Test
    void dongAbbreviatedAfterAScaleIsMoney() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 3
        assertEquals(List.of("8,5 triệu đ/tấn = triệu đồng/tấn"), figures("giá phôi thép ở mức trên 8,5 triệu đ/tấn."));
    }

    @Test
    void provincesAreCountedWhenNoNameFollows() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 11 and p. 12
        assertEquals(List.of("24 trường hợp = trường hợp", "11 tỉnh = tỉnh"), figures("Cả nước có 24 trường hợp mắc bệnh"
                + " tại 11 tỉnh, thành phố."));
        assertEquals(List.of("21 đơn vị = đơn vị", "2 tỉnh = tỉnh"), figures("Đến nay còn 21 đơn vị thuộc trung ương quản lý"
                + " và 2 tỉnh là Hà Giang và Tuyên Quang chưa gửi đăng ký."));
        assertEquals(List.of(), figures("Năm 2023 tỉnh Cần Thơ có khu vực 3 quận Ninh Kiều."));
    }

    @Test
    void aListOfProjectsCountsThem() {
        // ld-tbkl-pci-2026-draft.docx
        assertEquals(List.of("72 dự án = dự án"), figures("Khẩn trương rà soát danh mục 72 dự án thu hút đầu tư ngoài ngân sách."));
    }

    @Test
    void pricesPerKilogramInDongAbbreviatedAndRangesWrittenWithDen() {
        // vn-bc-nln-t01-2006.pdf p. 5 and p. 6
        assertEquals(List.of("6000-7000đ/kg = đồng/kg", "3000- 4000đ/kg = đồng/kg", "4500- 5000 đ/kg = đồng/kg"),
                figures("Cà chua: 6000-7000đ/kg, bắp cải 3000- 4000đ/kg, khoai tây 4500- 5000 đ/kg."));
        assertEquals(List.of("18.500 đến 19.000 đồng/kg = đồng/kg"), figures("Giá hạt tiêu hiện ở mức 18.500 đến 19.000 đồng/kg."));
    }

    @Test
    void anAmountPerProjectKeepsTheWholeDenominator() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 14: "dự án" is two words, both of the denominator
        assertEquals(List.of("444 dự án = dự án", "117,3 tỷ đồng = tỷ đồng", "0,264 tỷ đồng/dự án = tỷ đồng/dự án"),
                figures("Bộ Tư pháp bố trí 444 dự án nhóm C, vốn đầu tư 117,3 tỷ đồng, bình quân 0,264 tỷ đồng/dự án."));
    }

    @Test
    void tonneAndPassengerKilometres() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 6
        assertEquals(List.of("64,2 triệu tấn = triệu tấn", "13,4 tỷ TKm = tỷ TKm"), figures("Khối lượng vận tải hàng hoá ước"
                + " đạt gần 64,2 triệu tấn hàng và gần 13,4 tỷ TKm."));
    }

    @Test
    void oneAfterAnAverageIsPerOneNotACount() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 13
        assertEquals(List.of("6,8 tỷ đồng = tỷ đồng"), figures("Bình quân 1 dự án do Trung ương quản lý là 6,8 tỷ đồng."));
        assertEquals(List.of("12 dự án = dự án"), figures("Bình quân 12 dự án mỗi năm."));
    }
}
