package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Units after a number, in sentences of the real-world set (corpus/realworld/). */
class UnitLexiconTest {
    private static String unitAfter(String text, String number) {
        int at = text.indexOf(number) + number.length();
        return UnitLexicon.match(text, at).map(m -> m.unit().canonical() + " / " + m.surface()).orElse("none");
    }

    @Test
    void aScaleWordBeforeAMeasureOrCountedNounMakesTheUnit() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 3; vn-bc-ktxh-q1-2005-mixed.pdf p. 4
        String beer = "Giấy các loại đạt 187 nghìn tấn tăng 26,3%, bia đạt 218 triệu lít tăng 11,6%.";
        assertEquals("nghìn tấn / nghìn tấn", unitAfter(beer, "187"));
        assertEquals("triệu lít / triệu lít", unitAfter(beer, "218"));
        assertEquals("nghìn ha / nghìn ha", unitAfter("Các tỉnh miền Bắc đã gieo trồng được 280 nghìn ha cây công nghiệp", "280"));
        assertEquals("tỷ kWh / tỷ kwh", unitAfter("Điện sản xuất ước đạt trên 8,5 tỷ kwh tăng 3,9% so cùng kỳ", "8,5"));
        assertEquals("tỷ m3 / tỷ m3", unitAfter("Khí thiên nhiên đạt 1,3 tỷ m3 tăng 24,3% so cùng kỳ", "1,3"));
        assertEquals("nghìn người / ngàn người", unitAfter("tạo việc làm cho 250 ngàn người", "250"));
    }

    @Test
    void aBareScaleIsStillMoneyAndAScaleBeforeAnUnknownWordIsNoUnit() {
        assertEquals("tỷ đồng / tỷ", unitAfter("tổng vốn 1.508 tỷ và giải ngân", "1.508"));
        assertEquals("none", unitAfter("khoảng 3 triệu khách du lịch", "3"));
        assertTrue(unitAfter("đạt 12 triệu lượt khách", "12").startsWith("triệu lượt"));
    }
}
