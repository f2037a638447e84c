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
}
