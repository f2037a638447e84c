package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "5,73        | 5.73",       // decimal comma
        "155.774     | 155774",     // thousands dot
        "28.527,46   | 28527.46",   // both
        "2,136       | 2.136",      // three decimals after a comma: 2.136, not 2136
        "1.156,271   | 1156.271",
        "3.321       | 3321",       // a lone dot before exactly three digits groups thousands
        "1.046.000.000 | 1046000000",
        "35.000,00   | 35000",
        "07          | 7",          // administrative zero padding
        "63.33       | 63.33",      // an English decimal point: dot + two digits
        "4.0         | 4",
        "1,234.5     | 1234.5",
    })
    void parsesTheGenre(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(VietnameseNumber.parse(written).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2,3,4,6,7", "19.1.2", "1.2345.678", "", "abc", "12,34,5"})
    void refusesWhatIsNotOneNumber(String written) {
        assertTrue(VietnameseNumber.parse(written).isEmpty(), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"28527.46 | 28.527,46", "1046000000 | 1.046.000.000", "2.136 | 2,136", "7 | 7"})
    void formatsTheWayReportsWrite(String value, String expected) {
        assertEquals(expected, VietnameseNumber.format(new BigDecimal(value)));
    }
}
