package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The date grammar on any input, and on every date either formatter can write. */
class VietnameseDatePropertiesTest {

    @Property(tries = 3000)
    void neverThrowsOnAnyText(@ForAll String any) {
        VietnameseDate.parse(any);
    }

    @Property(tries = 3000)
    void neverThrowsOnDateLikeText(@ForAll("dateLike") String s, @ForAll @IntRange(min = -5, max = 60) int from,
                                   @ForAll int window) {
        VietnameseDate.parse(s);
        VietnameseDate.findNear(s, from, window);
    }

    @Property(tries = 3000)
    void readsBackTheVerbalForm(@ForAll("reportDates") LocalDate d) {
        assertEquals(d, VietnameseDate.parse(VietnameseDate.formatVerbal(d)).orElseThrow());
    }

    @Property(tries = 3000)
    void readsBackTheNumericForm(@ForAll("reportDates") LocalDate d) {
        assertEquals(d, VietnameseDate.parse(VietnameseDate.formatNumeric(d)).orElseThrow());
    }

    /** Inside a sentence, where the found span is exactly what was written. */
    @Property(tries = 1000)
    void findsAWrittenDateInASentence(@ForAll("reportDates") LocalDate d, @ForAll boolean verbal) {
        String date = verbal ? VietnameseDate.formatVerbal(d) : VietnameseDate.formatNumeric(d);
        String text = "Báo cáo số 12/BC-UBND " + date + " của Ủy ban";
        VietnameseDate.Found f = VietnameseDate.findNear(text, 0, text.length()).orElseThrow();
        assertEquals(d, f.date());
        assertTrue(text.substring(f.start(), f.end()).endsWith(String.valueOf(d.getYear())));
    }

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789/.- ngàytháêm\u00A0").ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(40));
    }

    /** The years the grammar accepts: 1900 to 2100 (four digits outside that are not dates of a report). */
    @Provide
    Arbitrary<LocalDate> reportDates() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }
}
