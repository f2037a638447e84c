package io.baocao.extract.table;

import io.baocao.extract.text.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.DocumentContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of Phụ lục II and III of Báo cáo 320/BC-UBND: the same marks mean different things per table. */
class TaskTableExtractorTest {

    @Test
    void marksMeanWhatTheirOwnTablesLegendSays() {
        TableView tasks = new TableView("pl", "Phụ lục II", List.of("Stt", "Nội dung công việc", "Cơ quan chủ trì",
                "Cơ quan phối hợp", "Sản phẩm", "Thời gian lập, trình phê duyệt", "Thời gian triển khai thực hiện",
                "Cấp phê duyệt", "Báo cáo tình hình triển khai thực hiện"), List.of(
                new TableView.Row(4, List.of("1 (*)", "Công tác tuyên truyền, phổ biến Nghị quyết số 59-NQ/TW",
                        "Các bộ, cơ quan và địa phương có liên quan (Sở Thông tin và Truyền thông)",
                        "Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình thành phố, Báo Cần Thơ",
                        "Các thông tin điện tử trên website", "Quý III năm 2020", "Trong quá trình thực hiện Nghị quyết",
                        "UBND thành phố", "Thành ủy Cần Thơ ban hành Kế hoạch số 228-KH/TU ngày 03/9/2020")),
                new TableView.Row(5, List.of("4 (**)", "Nghiên cứu Đề án Trung tâm đổi mới sáng tạo", "Sở Khoa học và Công nghệ",
                        "", "Đề án", "", "2021-2025", "UBND thành phố", "Đang thực hiện"))),
                List.of("Ghi chú:", "- (*) Nhiệm vụ đã được tổ chức thực hiện hoặc được ban hành các Chương trình, đề án, kế hoạch cụ thể hóa",
                        "- (**) Nhiệm vụ đang được tổ chức thực hiện."),
                DocumentContext.EMPTY);
        List<StatusRecord> s = new TaskTableExtractor().extract(tasks);
        assertEquals(List.of("done", "in_progress"), s.stream().map(r -> r.status).toList());
        assertEquals("Các bộ, cơ quan và địa phương có liên quan (Sở Thông tin và Truyền thông)", s.get(0).lead);
        assertEquals(List.of("Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình thành phố, Báo Cần Thơ"),
                s.get(0).partners);
        assertEquals("Quý III năm 2020", s.get(0).deadline);
        assertEquals("2021-2025", s.get(1).deadline);
    }

    @Test
    void oneRowTwoProjectsAndMarksWhoseAsterisksWereLost() {
        // the PDF prints (**) and (****) as "()": the row's own words pick the legend line
        TableView projects = new TableView("pl", "Phụ lục III", List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì đề xuất/ thực hiện",
                "Thời gian lập, trình phê duyệt", "Thời gian triển khai thực hiện", "Dự kiến nguồn vốn",
                "Báo cáo tình hình thực hiện"), List.of(
                new TableView.Row(10, List.of("4 (*) và 9 (*)", "Nâng cấp, mở rộng Quốc lộ 61C", "Sở Giao thông vận tải", "",
                        "", "Ngân sách địa phương", "Thủ tướng Chính phủ phê duyệt Quyết định số 216/QĐ-TTg")),
                new TableView.Row(11, List.of("10 ()", "Cầu Cần Thơ 2", "Sở Giao thông vận tải", "Sau năm 2024", "", "",
                        "Dự án sẽ được nghiên cứu, đề xuất thực hiện sau năm 2024.")),
                new TableView.Row(12, List.of("12 ()", "Trung tâm Văn hóa", "Sở Văn hóa", "Quý IV năm 2024", "2024-2026", "NSTP",
                        "Đang tổ chức lập thủ tục trình phê duyệt dự án đầu tư"))),
                List.of("Ghi chú:", "- (*) Dự án đang triển khai thi công;",
                        "- () Dự án đã có quyết định chủ đầu tư của cấp thẩm quyền, được bố trí kế hoạch vốn đầu tư công trung hạn, đang tổ chức lập thủ tục và trình phê duyệt dự án đầu tư;",
                        "- (*) Dự án đang lập hồ sơ đề xuất chủ trương đầu tư.", "- () Dự án triển khai sau năm 2024-2025"),
                DocumentContext.EMPTY);
        List<StatusRecord> s = new TaskTableExtractor().extract(projects);
        assertEquals(List.of("in_progress", "in_progress", "not_started", "in_progress"), s.stream().map(r -> r.status).toList());
        assertEquals("Quý IV năm 2024", s.get(3).deadline);
    }

    @Test
    void aLegendLineSaysItsMeaningInWords() {
        assertEquals("not_started", TaskTableExtractor.legendStatus(
                "- (**) Nhiệm vụ đang được Sở Nội vụ rà soát, tham mưu Ủy ban nhân dân thành phố"));
        assertEquals("done", TaskTableExtractor.legendStatus(
                "- (*) Nhiệm vụ đã được tổ chức thực hiện hoặc đã ban hành các Chương trình, đề án"));
        assertEquals("in_progress", TaskTableExtractor.legendStatus("- (***) Dự án đang lập hồ sơ đề xuất chủ trương đầu tư."));
        assertEquals("not_started", TaskTableExtractor.legendStatus("- (****) Dự án triển khai sau năm 2024-2025"));
        assertEquals("not_started", TaskTableExtractor.legendStatus("- (***) Nhiệm vụ sẽ bố trí vốn khi có nguồn"));
        assertEquals(null, TaskTableExtractor.legendStatus("- (*) Nhiệm vụ do Trung ương giao"));
    }

    @Test
    void aRowWhoseMarkTheLegendDoesNotGiveAStatusGetsNone() {
        TableView t = new TableView("pl", "Phụ lục", List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì"), List.of(
                new TableView.Row(1, List.of("1 (*)", "Đề án A", "Sở Nội vụ")),
                new TableView.Row(1, List.of("2 (**)", "Đề án B", "Sở Tư pháp"))),
                List.of("Ghi chú:", "- (*) Nhiệm vụ do Trung ương giao"), DocumentContext.EMPTY);
        assertEquals(List.of(), new TaskTableExtractor().extract(t));
    }
}
