package io.baocao.pipeline.tables;

import io.baocao.pipeline.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator table as report generators print it: every cell a positioned text box, no ruling
 * lines, a percentage column ({@code 95,24 %}), a two-row header repeated on every page.
 */
class UnruledTableTest {
    @TempDir
    static Path dir;

    static List<List<String>> rows = rows();
    static IndicatorTablePdf.Layout layout;
    static List<Table> tables;

    @BeforeAll
    static void generateAndRead() throws Exception {
        Path[] fonts = IndicatorTablePdf.dejaVu();
        Assumptions.assumeTrue(fonts != null, "no DejaVu fonts (apt-get install fonts-dejavu-core)");
        Path pdf = dir.resolve("chi-tieu-2024.pdf");
        layout = IndicatorTablePdf.write(pdf, fonts, rows);
        tables = Corpus.tables(pdf);
    }

    @Test
    void theGeneratedTableRunsOverSeveralPagesWithABrokenRow() {
        assertTrue(layout.pages() >= 3, "pages: " + layout.pages());
        assertTrue(layout.brokenRows() >= 1, "no row broken across pages: " + layout);
    }

    @Test
    void oneTableWithTheHeaderPathOfEachColumn() {
        assertEquals(1, tables.size(), () -> "tables: " + tables.stream().map(Table::columns).toList());
        assertEquals(List.of("Chỉ tiêu", "ĐVT", "Năm 2023 > Thực hiện", "Năm 2024 > Kế hoạch", "Năm 2024 > Ước thực hiện",
                "So sánh > Ước/KH (%)", "Ghi chú"), tables.get(0).columns());
    }

    @Test
    void everyRowComesBackCellByCellOnThePageItStarts() {
        Table t = tables.get(0);
        List<List<String>> got = t.rows().stream().map(Row::cells).toList();
        for (int i = 0; i < Math.min(rows.size(), got.size()); i++) {
            assertEquals(rows.get(i), got.get(i), "row " + (i + 1));
        }
        assertEquals(rows.size(), got.size());
        assertEquals(layout.rowPages(), t.rows().stream().map(Row::page).toList());
        assertTrue(got.stream().anyMatch(r -> r.get(5).equals("95,24 %")));
    }

    @Test
    void aRegionOnEveryPageAndNothingFromAboveOrBelow() {
        Table t = tables.get(0);
        List<Integer> pages = new ArrayList<>();
        for (int p = 1; p <= layout.pages(); p++) {
            pages.add(p);
        }
        assertEquals(pages, t.regions().stream().map(Region::page).toList());
        assertTrue(t.regions().get(0).top() > 76, "the title is above the table: " + t.regions().get(0));
        for (Row r : t.rows()) {
            assertTrue(t.regions().stream().anyMatch(g -> g.contains(r.page(), r.y() + 1)), "row outside regions: " + r);
            for (String c : r.cells()) {
                assertFalse(c.contains("Ghi chú:") || c.contains("PHỤ LỤC") || c.contains("Kèm theo") || c.matches("\\d{1,2}") && r.cell(0).isEmpty(),
                        "outside text in a cell: " + c);
            }
        }
    }

    /** Sections, label rows, indicators with sub-rows; figures, ranges, percentages, long notes. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("A. Chỉ tiêu kinh tế", "", "", "", "", "", ""));
        rows.add(List.of("1. Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "%", "5,75", "7,5-8,0", "5,86", "78,13 %",
                "Chưa đạt do sản xuất công nghiệp phục hồi chậm, tiêu thụ hàng hóa còn khó khăn"));
        rows.add(List.of("Trong đó:", "", "", "", "", "", ""));
        String[] sectors = {"Nông lâm nghiệp, thủy sản", "Công nghiệp, xây dựng", "Dịch vụ", "Thuế sản phẩm trừ trợ cấp"};
        for (int i = 0; i < sectors.length; i++) {
            rows.add(List.of("- " + sectors[i], "%", (3 + i) + ",2" + i, (2 + i) + ",5-" + (3 + i) + ",0", (1 + i) + ",20",
                    (90 + i) + ",24 %", ""));
        }
        rows.add(List.of("2. GRDP bình quân đầu người (giá hiện hành)", "Tr.đồng", "94,12", "104-106", "104", "99,05 %", "Cơ bản đạt"));
        rows.add(List.of("3. Tổng vốn đầu tư phát triển trên địa bàn", "Tỷ đồng", "28.527,46", "35.000,00", "31.500,00", "90,00 %",
                "Chưa đạt kế hoạch, nhiều dự án lớn chậm giải phóng mặt bằng"));
        rows.add(List.of("4. Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "11.281,17", "12.445,66", "12.558,53", "100,91 %", "Vượt kế hoạch"));
        String[] districts = {"Ninh Kiều", "Bình Thủy", "Cái Răng", "Ô Môn", "Thốt Nốt", "Phong Điền", "Cờ Đỏ", "Thới Lai", "Vĩnh Thạnh"};
        for (int i = 0; i < districts.length; i++) {
            rows.add(List.of("- Thu trên địa bàn quận, huyện " + districts[i], "Tỷ đồng", (410 + 7 * i) + ",88", (318 + 5 * i) + ",00",
                    (393 + 6 * i) + ",53", (95 + i) + ",24 %", i % 3 == 0 ? "Đạt kế hoạch giao đầu năm" : ""));
        }
        rows.add(List.of("5. Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "2.350,00", "2.500,00", "2.620,00", "104,80 %",
                "Vượt kế hoạch; các mặt hàng gạo, thủy sản chế biến và hàng may mặc tăng mạnh, thị trường xuất khẩu được mở rộng sang châu Âu và Trung Đông"));
        rows.add(List.of("B. Chỉ tiêu xã hội", "", "", "", "", "", ""));
        rows.add(List.of("6. Tỷ lệ huy động học sinh đi học đúng độ tuổi", "", "", "", "", "", "Vượt kế hoạch"));
        String[] levels = {"Trẻ vào học mẫu giáo", "Học sinh tiểu học", "Học sinh trung học cơ sở"};
        for (int i = 0; i < levels.length; i++) {
            rows.add(List.of("+ " + levels[i], "%", "99,3" + i, "99,1" + i, "99,5" + i, "100,40 %", ""));
        }
        rows.add(List.of("7. Tỷ lệ lao động qua đào tạo", "%", "82,50", "83,50", "83,70", "100,24 %", "Đạt"));
        rows.add(List.of("8. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025", "%", "0,21", "0,15", "0,09", "",
                "Đạt, giảm mạnh nhờ các chương trình mục tiêu quốc gia và chính sách tín dụng ưu đãi"));
        rows.add(List.of("9. Số bác sỹ/vạn dân", "Bác sỹ", "18,02", "18,02", "18,02", "100,00 %", "Đạt"));
        rows.add(List.of("10. Tỷ lệ bao phủ bảo hiểm y tế", "%", "92,45", "93,55", "93,55", "100,00 %", "Đạt"));
        for (int i = 0; i < districts.length; i++) {
            rows.add(List.of("- Tỷ lệ tham gia bảo hiểm y tế tại " + districts[i], "%", (90 + i) + ",45", (91 + i) + ",55",
                    (91 + i) + ",60", (100 + i) + ",05 %", i % 4 == 1 ? "Tăng so với cùng kỳ nhờ vận động hộ gia đình tham gia" : ""));
        }
        rows.add(List.of("C. Chỉ tiêu môi trường", "", "", "", "", "", ""));
        rows.add(List.of("11. Tỷ lệ hộ dân được cung cấp nước sạch", "%", "96,38", "97,33", "97,90", "100,59 %", "Vượt kế hoạch"));
        rows.add(List.of("Trong đó: Khu vực đô thị", "%", "99,21", "99,60", "99,60", "100,00 %", ""));
        rows.add(List.of("Khu vực nông thôn", "", "91,50", "94,00", "95,00", "101,06 %", ""));
        rows.add(List.of("12. Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt ở đô thị", "%", "98,62", "98,90", "99,00", "100,10 %", ""));
        rows.add(List.of("13. Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn an toàn về an ninh trật tự", "%", ">75", ">75", ">75", "",
                "Đạt kế hoạch; tiếp tục duy trì và nâng cao chất lượng phong trào toàn dân bảo vệ an ninh Tổ quốc"));
        return rows;
    }
}
