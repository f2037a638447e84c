package io.baocao.extract.table;

import io.baocao.extract.text.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.DocumentContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of Phụ lục I of Báo cáo 320/BC-UBND (Cần Thơ, 2024), cells as printed. */
class IndicatorTableExtractorTest {
    static final List<String> COLUMNS = List.of("Chỉ tiêu", "ĐVT", "Năm 2023 > Thực hiện cả năm",
            "Năm 2024 > Nghị quyết HĐND TP", "Năm 2024 > Ước thực hiện cả năm", "So sánh (%) > Ước TH năm 2024/so NQ",
            "So sánh (%) > Ước TH năm 2024/so năm 2023", "Ghi chú");

    static TableView.Row row(int page, String... cells) {
        return new TableView.Row(page, List.of(cells));
    }

    static final TableView TABLE = new TableView("pl", "Phụ lục I", COLUMNS, List.of(
            row(1, "A. Chỉ tiêu kinh tế", "", "", "", "", "", "", ""),
            row(1, "1. Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "%", "5,75", "7,5-8,0", "5,86", "", "", "Chưa đạt NQ"),
            row(1, "Trong đó:", "", "", "", "", "", "", ""),
            row(1, "- Nông lâm nghiệp, thủy sản", "%", "3,22", "2,5-3,0", "1,20", "", "", ""),
            row(1, "2. GRDP bình quân đầu người (Giá HH)", "Tr.đồng", "94,12", "104-106", "104", "", "110,20", "Cơ bản đạt NQ"),
            row(1, "3. Cơ cấu kinh tế", "%", "100", "100", "100", "", "", ""),
            row(1, "- Khu vực 1 (Nông lâm nghiệp, thủy sản)", "%", "9,79", "8,93-8,87", "9,95", "", "", ""),
            row(2, "15. Tỷ lệ hộ dân được cung cấp nước sạch", "%", "96,38", "97,33", "97,90", "", "", "Vượt NQ"),
            row(2, "Khu vực nông thôn", "", "91,50", "94,00", "95,00", "", "", ""),
            row(3, "17. Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn an toàn về an ninh trật tự", "%", ">75", ">75", ">75", "", "", "Đạt NQ"),
            row(3, "+ Học sinh tốt nghiệp THCS vào THPT", "%", "ít nhất 84% học sinh tốt nghiệp trung học cơ sở", "", "91,41", "", "", "")),
            List.of(), new DocumentContext("pl", "Phụ lục", 2024, "thành phố Cần Thơ"));

    final List<Record> records = new IndicatorTableExtractor().extract(TABLE);

    @Test
    void growthRowsAndTheirTargetRange() {
        PercentageRecord target = find(PercentageRecord.class, "7,5-8,0");
        assertEquals("growth", target.role);
        assertNull(target.value);
        assertEquals(7.5, target.low);
        assertEquals(8.0, target.high);
        assertEquals("Năm 2024 > Nghị quyết HĐND TP", target.column);
        assertEquals(2024, target.year);
        PercentageRecord sub = find(PercentageRecord.class, "3,22");
        assertTrue(sub.metric.startsWith("Tốc độ tăng trưởng") && sub.metric.endsWith("Nông lâm nghiệp, thủy sản"), sub.metric);
        assertEquals(2023, sub.year);
    }

    @Test
    void unitFromTheRowAndComparisonColumnsAreAttainment() {
        FigureRecord perHead = find(FigureRecord.class, "94,12");
        assertEquals("triệu đồng", perHead.unit);
        assertEquals(94.12, perHead.value);
        PercentageRecord ratio = find(PercentageRecord.class, "110,20");
        assertEquals("attainment", ratio.role);
        assertEquals("năm 2023", ratio.basis);
    }

    @Test
    void descendingRangeSharesEmptyUnitThresholdsAndWords() {
        PercentageRecord desc = find(PercentageRecord.class, "8,93-8,87");
        assertEquals("share", desc.role);
        assertEquals(8.87, desc.low);
        assertEquals(8.93, desc.high);
        PercentageRecord rural = find(PercentageRecord.class, "91,50");
        assertEquals("rate", rural.role, "an empty ĐVT inherits % from its parent row");
        PercentageRecord threshold = find(PercentageRecord.class, ">75");
        assertEquals(">", threshold.comparator);
        assertEquals(75.0, threshold.value);
        PercentageRecord worded = find(PercentageRecord.class, "ít nhất 84% học sinh tốt nghiệp trung học cơ sở");
        assertEquals(">=", worded.comparator);
        assertEquals(84.0, worded.value);
    }

    @Test
    void noteColumnLabelsAreStatusesOfTheIndicator() {
        List<StatusRecord> statuses = records.stream().filter(StatusRecord.class::isInstance).map(StatusRecord.class::cast).toList();
        assertEquals(List.of("not_met", "mostly_met", "exceeded", "met"), statuses.stream().map(s -> s.status).toList());
        assertEquals("GRDP bình quân đầu người (Giá HH)", statuses.get(1).subject);
        assertTrue(records.stream().noneMatch(r -> r.text != null && r.text.startsWith("A. Chỉ tiêu") && r instanceof FigureRecord));
    }

    private <T extends Record> T find(Class<T> type, String raw) {
        return records.stream().filter(type::isInstance).map(type::cast)
                .filter(r -> raw.equals(((io.baocao.extract.model.Quantity) r).raw)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + raw + " in " + records.size()));
    }

    /**
     * The indicator table of corpus/realworld/vn-bc-ktxh-q1-2005-mixed.pdf p. 1, as read: no ĐVT column, each
     * label carries its unit, and its period headings ("Quý I-2004 Quý I-2005") printed above it, so its first
     * row of numbers was read as its header.
     */
    @Test
    void labelsCarryingTheirUnitsMakeAnIndicatorTableAndANumericHeaderIsARow() {
        TableView annex = new TableView("ktxh", null, List.of("(1). Tốc độ tăng trưởng GDP (%)", "7,0", "7,23"), List.of(
                row(1, "Trong đó: Khu vực nông, lâm, ngư nghiệp (%)", "0,2", "4,1"),
                row(1, "Khu vực dịch vụ (%)", "6,6", "7,0"),
                row(1, "GDP theo giá thực tế (nghìn tỷ đồng)", "137,0", "164,2"),
                row(1, "(2). Tốc độ tăng giá trị sản xuất công nghiệp (%)", "15,6", "14,4")),
                List.of(), new DocumentContext("ktxh", "Báo cáo", 2005, null));
        assertTrue(IndicatorTableExtractor.accepts(annex));
        List<Record> records = new IndicatorTableExtractor().extract(annex);
        List<String> got = records.stream().map(r -> r instanceof FigureRecord f ? f.metric + " = " + f.raw + " " + f.unit
                : ((PercentageRecord) r).metric + " = " + ((PercentageRecord) r).raw + " % " + ((PercentageRecord) r).role).toList();
        assertEquals(List.of("Tốc độ tăng trưởng GDP = 7,0 % growth", "Tốc độ tăng trưởng GDP = 7,23 % growth",
                "Tốc độ tăng trưởng GDP - Khu vực nông, lâm, ngư nghiệp = 0,2 % growth",
                "Tốc độ tăng trưởng GDP - Khu vực nông, lâm, ngư nghiệp = 4,1 % growth",
                "Tốc độ tăng trưởng GDP - Khu vực dịch vụ = 6,6 % growth", "Tốc độ tăng trưởng GDP - Khu vực dịch vụ = 7,0 % growth",
                "Tốc độ tăng trưởng GDP - GDP theo giá thực tế = 137,0 nghìn tỷ đồng",
                "Tốc độ tăng trưởng GDP - GDP theo giá thực tế = 164,2 nghìn tỷ đồng",
                "Tốc độ tăng giá trị sản xuất công nghiệp = 15,6 % growth", "Tốc độ tăng giá trị sản xuất công nghiệp = 14,4 % growth"),
                got);
    }

    @Test
    void aTableOfNamesWithNumbersInParenthesesIsNoIndicatorTable() {
        TableView list = new TableView("x", null, List.of("Cơ quan", "Số hồ sơ"), List.of(
                row(1, "Sở Tư pháp (02 đầu mối)", "12"), row(1, "Sở Nội vụ (01 đầu mối)", "7")), List.of(), null);
        assertTrue(!IndicatorTableExtractor.accepts(list));
    }
}
