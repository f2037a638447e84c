package io.baocao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.TableView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Task tables of producers other than the corpus's appendices: the follow-up table of a ministry
 * (Bộ GD&ĐT, Danh sách nhiệm vụ 2017, corpus/realworld/bgddt-nhiemvu-2017.pdf) names its columns
 * "Đơn vị /Cá nhân đầu mối", "Thời hạn HT", "Trạng thái" and prints its bodies one a line.
 */
class TaskColumnsTest {
    /** The header of the ministry's table as the PDF reader gives it (the row number column has none). */
    static final List<String> MINISTRY = List.of("", "Tên nhiệm vụ", "Đơn vị /Cá nhân đầu mối", "Thời hạn HT",
            "Tình hình thực hiện", "Lãnh đạo Bộ phụ trách", "Đơn vị /Cá nhân phối hợp", "Ý kiến của đơn vị", "Trạng thái");

    static TableView ministryTable() {
        return new TableView("bgddt-nhiemvu-2017", null, MINISTRY, List.of(
                new TableView.Row(1, List.of("1", "Xây dựng văn bản hướng dẫn về công tác thanh tra; phối hợp với các Bộ, ngành, địa "
                        + "phương về tổ chức kỳ thi trung học phổ thông quốc gia, tuyển sinh đại học, cao đẳng năm 2017.",
                        "Cục KTKĐ Vụ GDĐH", "15/04/2017", "Đã ban hành ngày 25/02/2017. - Đã ban hành ngày 25/3/2017.", "TTr Ga",
                        "", "", "Đã hoàn thành (đúng hạn)")),
                new TableView.Row(1, List.of("10", "Xây dựng văn bản trả lời kiến nghị của cử tri tại kỳ họp thứ 2, Quốc hội khóa XIV "
                        + "theo phân công của Thủ tướng Chính phủ", "Văn phòng", "10/04/2017",
                        "Bộ trưởng đã ký văn bản trả lời. - - Bộ trưởng đã ký văn bản gửi các Đoàn ĐBQH, QH, CP ngày 06/4/2017", "BT",
                        "Vụ CTHSSV Vụ PC Vụ TĐKT Vụ GDĐH", "", "Đã hoàn thành (đúng hạn)")),
                new TableView.Row(1, List.of("9", "Rà soát, lựa chọn một số nhiệm vụ để đề xuất đưa vào phiên họp Chính phủ thường kỳ "
                        + "hàng tháng", "Văn phòng", "", "Hàng tháng Văn phòng đã chủ động phối hợp với các đơn vị thuộc Bộ báo cáo "
                        + "kết quả nổi bật", "BT", "", "", "Đã hoàn thành (đúng hạn)"))),
                List.of(), DocumentContext.EMPTY);
    }

    @Test
    void headersOfOtherProducersNameTheSameRoles() {
        TaskColumns c = TaskColumns.of(ministryTable());
        assertEquals(1, c.task());
        assertEquals(2, c.lead(), "đầu mối is the lead; the supervising leader (Lãnh đạo Bộ phụ trách) is not");
        assertEquals(6, c.partners());
        assertEquals(List.of(3), c.deadlines());
        assertEquals(4, c.report());
        assertEquals(8, c.state());
        assertTrue(c.isTaskTable());
        assertEquals("lead", TaskColumns.role("Đơn vị thực hiện"));
        assertEquals("lead", TaskColumns.role("Cơ quan chủ trì đề xuất/ thực hiện"));
        assertEquals("deadline", TaskColumns.role("Thời gian hoàn thành"));
        assertEquals("report", TaskColumns.role("Kết quả thực hiện"));
        assertEquals("ignore", TaskColumns.role("Lãnh đạo UBND phụ trách"));
        assertNull(TaskColumns.role("Ghi chú"));
    }

    @Test
    void anIndicatorTableIsNoTaskTable() {
        TableView indicators = new TableView("pl", null, List.of("Chỉ tiêu", "ĐVT", "Năm 2023 > Thực hiện cả năm",
                "Năm 2024 > Nghị quyết HĐND TP", "So sánh (%) > Ước TH năm 2024/so NQ", "Ghi chú"), List.of(), List.of(),
                DocumentContext.EMPTY);
        assertFalse(TaskColumns.of(indicators).isTaskTable());
    }

    @Test
    void aRowGivesItsLeadPartnersAndDeadline() {
        TableView t = ministryTable();
        TaskColumns c = TaskColumns.of(t);
        assertEquals("Cục KTKĐ, Vụ GDĐH", c.lead(t.rows().get(0)));
        assertNull(c.partners(t.rows().get(0)));
        assertEquals("15/04/2017", c.deadline(t.rows().get(0)));
        assertEquals(List.of("Vụ CTHSSV", "Vụ PC", "Vụ TĐKT", "Vụ GDĐH"), c.partners(t.rows().get(1)));
        assertNull(c.deadline(t.rows().get(2)), "'Hàng tháng' is printed in the report cell, not the deadline's");
    }

    @Test
    void bodiesPrintedOneALineAreSplitNamesAreNot() {
        assertEquals(List.of("Vụ PC Dương Ngô Minh Nam"), Bodies.split("Vụ PC Dương Ngô Minh Nam"));
        assertEquals(List.of("Văn phòng VP BCSĐ", "Vụ TCCB", "TTr", "Cục KTKĐ", "CQĐD tại TP.HCM", "Vụ GDĐH"),
                Bodies.split("Văn phòng VP BCSĐ Vụ TCCB TTr Cục KTKĐ CQĐD tại TP.HCM Vụ GDĐH"));
        assertEquals(List.of("Văn phòng UBND thành phố"), Bodies.split("Văn phòng UBND thành phố"));
        assertEquals(List.of("Sở Nông nghiệp và Phát triển nông thôn (Chi cục Thủy lợi)"),
                Bodies.split("Sở Nông nghiệp và Phát triển nông thôn (Chi cục Thủy lợi)"));
        assertEquals(List.of("Trung tâm Y tế Quận Cái Răng"), Bodies.split("Trung tâm Y tế Quận Cái Răng"));
        assertEquals(List.of("Sở Tài chính", "Sở Kế hoạch và Đầu tư"), Bodies.split("Sở Tài chính Sở Kế hoạch và Đầu tư"));
        assertEquals(List.of("Bộ Tài chính, các Bộ, cơ quan liên quan"), Bodies.split("Bộ Tài chính, các Bộ, cơ quan liên quan"));
    }

    @Test
    void theStatusesOfATaskRowCarryItsTaskLeadPartnersAndDeadline() {
        List<StatusRecord> s = new Extraction().table(ministryTable()).stream()
                .filter(r -> r instanceof StatusRecord).map(r -> (StatusRecord) r).toList();
        // row 10: its state cell "Đã hoàn thành (đúng hạn)"
        StatusRecord row10 = s.stream().filter(r -> r.text.startsWith("10 |") && "done".equals(r.status)
                && r.raw.startsWith("Đã hoàn thành")).findFirst().orElseThrow();
        assertTrue(row10.subject.startsWith("Xây dựng văn bản trả lời kiến nghị của cử tri"));
        assertEquals("Văn phòng", row10.lead);
        assertEquals(List.of("Vụ CTHSSV", "Vụ PC", "Vụ TĐKT", "Vụ GDĐH"), row10.partners);
        assertEquals("10/04/2017", row10.deadline);
        // row 1: the report cell's "Đã ban hành" is a further status of the same task, with its lead
        List<StatusRecord> row1 = s.stream().filter(r -> r.text.startsWith("1 |")).toList();
        assertTrue(row1.size() >= 2, row1.toString());
        for (StatusRecord r : row1) {
            assertEquals("Cục KTKĐ, Vụ GDĐH", r.lead);
            assertEquals("15/04/2017", r.deadline);
        }
        // who leads, who helps and who supervises are names, not prose to read for records
        assertEquals(java.util.Set.of(2, 5, 6), TaskTableExtractor.nonProseColumns(ministryTable()));
    }

    @Test
    void aTaskCellStatesTheTaskAssignedNotItsState() {
        // row 26: the task cell ends with "hoàn thành đề án …" (the work asked for); the row's state is its own cell
        TableView t = new TableView("bgddt-nhiemvu-2017", null, MINISTRY, List.of(
                new TableView.Row(4, List.of("26", "Chỉ đạo Viện Nghiên cứu Sư phạm thuộc Trường Đại học Sư phạm Hà Nội xây dựng "
                        + "đề án tự chủ 100% theo Nghị định số 54/2016/NĐ-CP ngày 14 tháng 6 năm 2016 của Chính phủ; hoàn thành "
                        + "đề án kiện toàn tổ chức và đổi mới hoạt động của 2 Viện này", "Vụ KHCNMT", "31/12/2017",
                        "Đã làm việc với các Trường và chỉ đạo các trường xây dựng đề án tự chủ trong năm 2017.", "BT", "", "",
                        "Đã hoàn thành (đúng hạn)"))), List.of(), DocumentContext.EMPTY);
        List<StatusRecord> s = new Extraction().table(t).stream()
                .filter(r -> r instanceof StatusRecord).map(r -> (StatusRecord) r).toList();
        assertEquals(1, s.size(), s.stream().map(r -> r.raw).toList().toString());
        assertEquals("Đã hoàn thành", s.get(0).raw);
        assertEquals("31/12/2017", s.get(0).deadline);
    }
}
