package io.baocao.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminUnitsTest {
    private final AdminUnits units = AdminUnits.shipped();

    @Test
    void knowsTheThirtyFourProvincesAfterTheMerger() {
        Set<String> now = units.provinces("2025");
        assertEquals(34, now.size(), now.toString());
        assertTrue(now.containsAll(Set.of("Cần Thơ", "An Giang", "Hồ Chí Minh", "Huế", "Lâm Đồng", "Gia Lai")));
        // merged into Cần Thơ and Gia Lai on 1 July 2025, still the names of 2022-2024 reports
        assertFalse(now.contains("Hậu Giang"));
        assertTrue(units.provinces("before-2025").containsAll(Set.of("Hậu Giang", "Sóc Trăng", "Bình Định", "Thừa Thiên Huế")));
    }

    @Test
    void knowsDistrictsAndCommunesBeforeAndAfter() {
        assertTrue(units.named("Ninh Kiều").stream().anyMatch(u -> u.level().equals("quận")
                && u.periods().contains("before-2025")));
        assertTrue(units.named("Cái Khế").stream().anyMatch(u -> u.level().equals("phường") && u.periods().contains("2025")));
    }

    @Test
    void looksNamesUpWhateverTheCaseAndTonePlacement() {
        assertFalse(units.named("Hoà Bình").isEmpty());
        assertEquals(units.named("Hòa Bình"), units.named("HOÀ BÌNH"));
        String[] tokens = NameTokens.of("thu hút đầu tư vào tỉnh Bà Rịa - Vũng Tàu năm 2023");
        assertEquals(5, units.nameAt(tokens, 6)); // Bà Rịa - Vũng Tàu
        assertEquals(0, units.nameAt(tokens, 0));
    }

    @Test
    void theProvinceAMentionNames() {
        assertEquals("tỉnh Bình Định", units.province("tỉnh", "Bình Định Kính"));
        assertEquals("thành phố Cần Thơ", units.province("thành phố", "Cần Thơ"));
        assertEquals(null, units.province("thành phố", "Quy Nhơn")); // a provincial city, not a province
        assertEquals(null, units.province("tỉnh", "Kính"));
        assertEquals(null, units.province("quận", "Ninh Kiều"));
    }
}
