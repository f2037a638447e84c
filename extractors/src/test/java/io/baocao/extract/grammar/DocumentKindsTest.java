package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists as the readers load them: document kinds, units, status phrases. */
class DocumentKindsTest {
    @Test
    void aLongerCitedKindComesBeforeTheKindItStartsWith() {
        // the alternation tries kinds in the list's order: "Nghị quyết" first would cut "Nghị quyết liên tịch"
        List<String> cited = DocumentKinds.written("cited");
        for (int i = 0; i < cited.size(); i++) {
            for (int j = i + 1; j < cited.size(); j++) {
                assertFalse(cited.get(j).startsWith(cited.get(i) + " "), cited.get(j) + " after " + cited.get(i));
            }
        }
    }

    @Test
    void codesImplyTheirKindByItsNameInRecords() {
        assertEquals("Nghị quyết", DocumentKinds.byCode().get("NQ"));
        assertEquals("Thông tư", DocumentKinds.byCode().get("TTLT"));
        assertEquals("Báo cáo", DocumentKinds.byCode().get("BCTĐ"));
        assertEquals("Nghị quyết", DocumentNumber.kindOf(DocumentNumber.findAll("số 42/NQ-HĐND").get(0)).orElseThrow());
    }

    @Test
    void aVariantOfAKindIsRecordedUnderTheKind() {
        DocumentKinds.Kind appraisal = DocumentKinds.withRole("cited").stream()
                .filter(k -> k.written().equals("Báo cáo thẩm định")).findFirst().orElseThrow();
        assertEquals("Báo cáo", appraisal.name());
    }

    @Test
    void commentsAndBlankLinesAreNoEntries() {
        for (String list : List.of("document-kinds.txt", "units.txt", "status-phrases.txt")) {
            List<String> lines = WordLists.lines(list);
            assertFalse(lines.isEmpty(), list);
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("#") || l.isBlank()), list);
        }
        assertTrue(UnitLexicon.units().contains(new UnitLexicon.Unit("tỷ đồng", UnitLexicon.Kind.MONEY)));
    }
}
