package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Số ký hiệu on any input, and on every number written the ways reports write it: the canonical form
 * is what {@code findAll} and {@code canonical} give back, whatever spacing the source used.
 */
class DocumentNumberPropertiesTest {
    private static final List<String> KINDS = List.of("NQ", "QĐ", "KH", "NĐ", "CT", "CTr", "KL", "ĐA", "BC", "TTr",
            "TB", "TT", "HD", "CV");
    private static final List<String> ISSUERS = List.of("UBND", "HĐND", "CP", "TTg", "TU", "BTC", "BTP", "NHNN", "VPCP",
            "BNN", "BCT");

    /** A state number as written, canonical: {@code 42/NQ-HĐND}, {@code 52/2015/NĐ-CP}. */
    record Written(String text, String canonical) {
    }

    @Property(tries = 3000)
    void neverThrowsOnAnyText(@ForAll String any) {
        DocumentNumber.findAll(any);
        DocumentNumber.canonical(any);
    }

    @Property(tries = 3000)
    void neverThrowsOnCodeLikeText(@ForAll("codeLike") String s) {
        for (DocumentNumber.Found f : DocumentNumber.findAll(s)) {
            DocumentNumber.kindOf(f);
            DocumentNumber.issuerOf(f);
        }
        DocumentNumber.canonical(s);
    }

    @Property(tries = 3000)
    void canonicalIsAFixedPoint(@ForAll("codeLike") String s) {
        DocumentNumber.canonical(s).ifPresent(c -> assertEquals(c, DocumentNumber.canonical(c).orElseThrow(), s));
        for (DocumentNumber.Found f : DocumentNumber.findAll(s)) {
            assertEquals(f.canonical(), DocumentNumber.canonical(f.canonical()).orElseThrow(), s);
        }
    }

    @Property(tries = 3000)
    void readsBackAStateNumberHoweverItIsSpaced(@ForAll("stateNumbers") Written w) {
        assertEquals(w.canonical(), DocumentNumber.canonical(w.text()).orElseThrow(() -> new AssertionError(w.text())));
        String sentence = "Thực hiện Nghị quyết số " + w.text() + " ngày 08 tháng 12 năm 2023 của Hội đồng";
        List<DocumentNumber.Found> found = DocumentNumber.findAll(sentence);
        assertEquals(1, found.size(), () -> sentence + " → " + found);
        assertEquals(w.canonical(), found.get(0).canonical());
    }

    @Property(tries = 2000)
    void readsBackAPartyNumber(@ForAll("partyNumbers") Written w) {
        assertEquals(w.canonical(), DocumentNumber.canonical(w.text()).orElseThrow(() -> new AssertionError(w.text())));
        List<DocumentNumber.Found> found = DocumentNumber.findAll("theo " + w.text() + ", ngày 05/8/2020");
        assertEquals(1, found.size(), () -> w.text() + " → " + found);
        assertEquals(w.canonical(), found.get(0).canonical());
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789/- .ĐđQHNUBDTCGKLPVIIYtrgi").ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<Written> stateNumbers() {
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 99_999);
        Arbitrary<Integer> year = Arbitraries.integers().between(1990, 2099).injectNull(0.5);
        Arbitrary<String> kind = Arbitraries.of(KINDS);
        Arbitrary<String> issuer = Arbitraries.of(ISSUERS);
        Arbitrary<String> spaceAroundSlash = Arbitraries.of("", " ");
        Arbitrary<String> hyphen = Arbitraries.of("-", " - ", "-");
        return Combinators.combine(number, year, kind, issuer, spaceAroundSlash, hyphen).as((n, y, k, i, sp, h) -> {
            String canonical = n + (y == null ? "" : "/" + y) + "/" + k + "-" + i;
            String text = n + sp + (y == null ? "" : "/" + y) + "/" + sp + k + h + i;
            return new Written(text, canonical);
        });
    }

    @Provide
    Arbitrary<Written> partyNumbers() {
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 9_999);
        Arbitrary<String> kind = Arbitraries.of("NQ", "CT", "CTr", "KL", "QĐ", "TB", "HD");
        Arbitrary<String> issuer = Arbitraries.of("TW", "TU", "BCH");
        return Combinators.combine(number, kind, issuer).as((n, k, i) -> {
            String c = n + "-" + k + "/" + i;
            return new Written(c, c);
        });
    }
}
