package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The unit lexicon on any input, and on every unit written after a number the way reports do. */
class UnitLexiconPropertiesTest {

    @Property(tries = 3000)
    void neverThrowsOnAnyTextAtAnyPosition(@ForAll String any, @ForAll @IntRange(min = -3, max = 50) int from) {
        UnitLexicon.match(any, from);
    }

    @Property(tries = 3000)
    void neverThrowsOnUnitLikeText(@ForAll("unitLike") String s) {
        for (int i = 0; i <= s.length(); i++) {
            UnitLexicon.match(s, i).ifPresent(m -> assertTrue(m.end() <= s.length()));
        }
    }

    /** {@code 2.843,968 tỷ đồng}: the unit after a written number is the unit that was written. */
    @Property(tries = 3000)
    void readsBackTheUnitWrittenAfterANumber(@ForAll("units") UnitLexicon.Unit unit, @ForAll("amounts") BigDecimal v,
                                            @ForAll("after") String after) {
        String number = VietnameseNumber.format(v);
        String text = number + " " + unit.canonical() + after;
        Optional<UnitLexicon.Match> m = UnitLexicon.match(text, number.length());
        assertEquals(unit, m.map(UnitLexicon.Match::unit).orElse(null), text);
        assertEquals(number.length() + 1 + unit.canonical().length(), m.get().end(), text);
        assertEquals(0, v.compareTo(VietnameseNumber.parse(text.substring(0, number.length())).orElseThrow()));
    }

    @Provide
    Arbitrary<UnitLexicon.Unit> units() {
        return Arbitraries.of(new ArrayList<>(UnitLexicon.units()));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(3);
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of("", ".", ",", ";", ")", " năm 2024", " (tăng 5,2%)", " so với cùng kỳ", "\u00A0và");
    }

    @Provide
    Arbitrary<String> unitLike() {
        List<String> pieces = new ArrayList<>();
        for (UnitLexicon.Unit u : UnitLexicon.units()) {
            pieces.add(u.canonical());
        }
        pieces.addAll(List.of(" ", "\u00A0", "-", "1", "bộ", "lượt", ".", "%", "Đ"));
        return Arbitraries.of(pieces).list().ofMaxSize(6).map(l -> String.join("", l));
    }
}
