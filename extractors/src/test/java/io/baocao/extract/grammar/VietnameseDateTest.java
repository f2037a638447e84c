package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ngày 08 tháng 12 năm 2023 | 2023-12-08",
        "ngày 06 tháng 05 năm 2024 | 2024-05-06",
        "ngày 30/8/2021 | 2021-08-30",
        "Ngày 28/08/2024 | 2024-08-28",
        "đến ngày 14/2/2017 | 2017-02-14",
        // OCR of bg-115-bc-kcn-2012-scan.pdf: a 1 read as l next to a real digit, still a date by its words
        "Bắc Giang, ngày 15 tháng l1 năm 2012 | 2012-11-15",
        "ngày 2O tháng 3 năm 2020 | 2020-03-20",
    })
    void readsBothStyles(String text, String iso) {
        assertEquals(iso, VietnameseDate.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngày    tháng 7 năm 2024", "ngày 31/02/2024", "04/07 gói thầu", "tháng 6/2024",
        "ngày ll tháng 7 năm 2024"})
    void refusesBlankOrImpossibleDates(String text) {
        assertTrue(VietnameseDate.parse(text).isEmpty(), text);
    }
}
