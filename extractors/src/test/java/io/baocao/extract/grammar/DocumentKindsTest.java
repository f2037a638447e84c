package io.baocao.extract.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The word lists as the readers load them: document kinds, units, status phrases. */
class DocumentKindsTest {
    @Test
    void aLongerKindComesBeforeTheKindItStartsWithWhereverARoleReadsIt() {
        // the alternations try kinds in the list's order: "Nghị quyết" first would cut "Nghị quyết liên tịch",
        // "BÁO CÁO" first would read "BÁO CÁO TÓM TẮT" as a report titled "TÓM TẮT"
        Set<String> roles = new TreeSet<>();
        DocumentKinds.all().forEach(k -> roles.addAll(k.roles()));
        assertTrue(roles.containsAll(List.of("cited", "title", "attached-title")), roles.toString());
        for (String role : roles) {
            List<String> kinds = DocumentKinds.written(role);
            for (int i = 0; i < kinds.size(); i++) {
                for (int j = i + 1; j < kinds.size(); j++) {
                    assertFalse(kinds.get(j).startsWith(kinds.get(i) + " "),
                            role + ": " + kinds.get(j) + " after " + kinds.get(i));
                }
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
        assertEquals("Báo cáo", appraisal.nameAs("cited"));
    }

    @Test
    void aRoleMayNameTheKindOtherwise() {
        DocumentKinds.Kind joint = DocumentKinds.all().stream()
                .filter(k -> k.written().equals("Thông tư liên tịch")).findFirst().orElseThrow();
        assertEquals(Set.of("title", "cited"), joint.roles());
        assertEquals("Thông tư", joint.nameAs("title"));
        assertEquals("Thông tư liên tịch", joint.nameAs("cited"));
        assertEquals("Thông tư liên tịch", joint.name());
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
