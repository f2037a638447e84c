package io.baocao.extract.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The strings a status phrase's match must contain: read right off the expressions, and never the reason a
 * match is missed (every match of every phrase on the corpus's sentences contains one of them).
 */
class RequiredTextTest {
    @Test
    void literalRunsOutsideGroupsAndOptionalParts() {
        assertEquals(List.of("hoàn thành"), RequiredText.of("(?:đã |(?<=^|[;:.] )|(?<=^[-+] ))hoàn thành(?! \\d)"));
        assertEquals(List.of("đã thực hiện xong", "đã thực hiện hoàn thành"),
                RequiredText.of("đã thực hiện xong|đã thực hiện hoàn thành"));
        // the group's strings are longer than the run before it: one of them is required
        assertEquals(List.of("triển khai", "thực hiện"), RequiredText.of("chưa (?:được )?(?:triển khai|thực hiện)"));
        // a character made optional by its quantifier is not required; a quantified group tells nothing
        assertEquals(List.of("đạt"), RequiredText.of("(?:vẫn )?đạtx?"));
        assertEquals(List.of("sau năm "), RequiredText.of("(?:(?:được )?thực hiện )?sau năm \\d{4}(?=[-–,;.\\s]|$)"));
        // a look-behind tells nothing; the group's strings are longer than "đang "
        assertEquals(List.of("rà soát", "phối hợp"),
                RequiredText.of("(?<=(?:nhiệm vụ|dự án)[^;.]{0,60})đang (?:rà soát|phối hợp)"));
        assertEquals(List.of("đang "), RequiredText.of("(?<=(?:nhiệm vụ|dự án)[^;.]{0,60})đang (?:rà soát|phối hợp)?"));
    }

    @Test
    void anAlternativeWithoutLiteralsMeansNoFilter() {
        assertEquals(List.of(), RequiredText.of("\\d+[.,]\\d+"));
        assertEquals(List.of("%"), RequiredText.of("\\d+%"));
        assertEquals(List.of(), RequiredText.of("đạt|\\p{L}+"));
        assertTrue(RequiredText.mayMatch(List.of(), "anything"));
        assertFalse(RequiredText.mayMatch(List.of("đang "), "đã hoàn thành"));
    }

    @Test
    void everyPhraseIsFilteredAndNoMatchIsLost() {
        int matches = 0;
        for (StatusVocabulary.Phrase p : StatusVocabulary.phrases()) {
            assertFalse(p.required().isEmpty(), p.pattern().pattern());
            for (String sentence : CaseFoldTest.SENTENCES) {
                for (String text : List.of(sentence, sentence.toUpperCase(Locale.ROOT))) {
                    Matcher m = p.pattern().matcher(CaseFold.text(text));
                    while (m.find()) {
                        String match = m.group();
                        assertTrue(p.required().stream().anyMatch(match::contains), match + " / " + p.required());
                        matches++;
                    }
                }
            }
        }
        assertTrue(matches > 40, "matches " + matches);
    }
}
