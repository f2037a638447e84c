package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The number grammar on any input, and on every number the formatter can write. */
class VietnameseNumberPropertiesTest {

    @Property(tries = 3000)
    void neverThrowsOnAnyText(@ForAll String any) {
        VietnameseNumber.parse(any);
        VietnameseNumber.parseDouble(any);
    }

    @Property(tries = 3000)
    void neverThrowsOnNumberLikeText(@ForAll("numberLike") String s) {
        VietnameseNumber.parse(s);
    }

    @Property(tries = 3000)
    void readsBackWhatItWrites(@ForAll("reportNumbers") BigDecimal value) {
        String written = VietnameseNumber.format(value);
        Optional<BigDecimal> read = VietnameseNumber.parse(written);
        assertEquals(0, value.compareTo(read.orElseThrow(() -> new AssertionError(value + " written " + written + " not read"))),
                () -> value + " written " + written + " read " + read.get());
    }

    /** Whatever it accepts it reads the same way again once written in the house style. */
    @Property(tries = 3000)
    void aParsedNumberSurvivesFormatting(@ForAll("numberLike") String s) {
        VietnameseNumber.parse(s).ifPresent(v ->
                assertEquals(0, v.compareTo(VietnameseNumber.parse(VietnameseNumber.format(v)).orElseThrow()), s));
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789.,- \u00A0").ofMaxLength(24);
    }

    /**
     * Numbers a report writes: up to 18 integer digits and 8 decimals, either sign (longer numbers are
     * refused on purpose: a token of more than 40 characters is an identifier, not an amount).
     */
    @Provide
    Arbitrary<BigDecimal> reportNumbers() {
        Arbitrary<BigDecimal> integerPart = Arbitraries.bigIntegers().between(java.math.BigInteger.ZERO,
                java.math.BigInteger.TEN.pow(18).subtract(java.math.BigInteger.ONE)).map(BigDecimal::new);
        Arbitrary<Integer> scale = Arbitraries.integers().between(0, 8);
        Arbitrary<Long> fraction = Arbitraries.longs().between(0, 99_999_999L);
        Arbitrary<Boolean> negative = Arbitraries.of(false, false, false, true);
        return Combinators.combine(integerPart, scale, fraction, negative).as((i, sc, f, neg) -> {
            BigDecimal frac = BigDecimal.valueOf(f % (long) Math.pow(10, sc), sc);
            BigDecimal v = i.add(frac);
            return neg ? v.negate() : v;
        }).edgeCases(e -> e.add(BigDecimal.ZERO).add(new BigDecimal("2.136")).add(new BigDecimal("3321"))
                .add(new BigDecimal("0.5")).add(new BigDecimal("1000")).add(new BigDecimal("63.33")));
    }
}
