package io.baocao.pipeline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.StatusRecord;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ministry's follow-up table of tasks (Bộ GD&ĐT 2017, corpus/realworld/bgddt-nhiemvu-2017.pdf): no
 * ruling lines, no legend marks, bodies printed one a line, columns named "Đơn vị /Cá nhân đầu mối",
 * "Thời hạn HT", "Đơn vị /Cá nhân phối hợp", "Trạng thái". Read from the PDF through the whole pipeline,
 * each task row's state gives a status with the row's task, lead, partners and deadline (values as printed
 * on page 1 of the PDF).
 */
class TaskTableFileTest {
    static List<StatusRecord> statuses;

    @BeforeAll
    static void read() throws Exception {
        statuses = new Pipeline().process(Corpus.file("realworld/bgddt-nhiemvu-2017.pdf")).records().stream()
                .filter(r -> r instanceof StatusRecord).map(r -> (StatusRecord) r).toList();
    }

    private static StatusRecord stateOfRow(int n) {
        return statuses.stream().filter(s -> s.text.startsWith(n + " |") && "Đã hoàn thành".equals(s.raw)
                && s.text.endsWith("Đã hoàn thành (đúng hạn)")).reduce((a, b) -> b).orElseThrow(
                        () -> new AssertionError("no state status for row " + n));
    }

    @Test
    void everyTaskRowGivesItsStateWithItsLead() {
        Set<Integer> rows = new TreeSet<>();
        for (StatusRecord s : statuses) {
            if (s.text.matches("^\\d+ \\|.*") && s.lead != null) {
                rows.add(Integer.parseInt(s.text.substring(0, s.text.indexOf(' '))));
            }
        }
        assertEquals(29, rows.size(), rows.toString());
    }

    @Test
    void leadPartnersAndDeadlineAsPrinted() {
        StatusRecord first = stateOfRow(1);
        assertTrue(first.subject.startsWith("Xây dựng văn bản hướng dẫn về công tác thanh tra"), first.subject);
        assertEquals("Cục KTKĐ, Vụ GDĐH", first.lead);
        assertEquals("15/04/2017", first.deadline);
        StatusRecord tenth = stateOfRow(10);
        assertEquals("Văn phòng", tenth.lead);
        assertEquals(List.of("Vụ CTHSSV", "Vụ PC", "Vụ TĐKT", "Vụ GDĐH"), tenth.partners);
        assertEquals("10/04/2017", tenth.deadline);
        StatusRecord third = stateOfRow(3);
        assertEquals("Vụ HTQT", third.lead);
        assertEquals(null, third.deadline, "row 3 prints no deadline");
    }
}
