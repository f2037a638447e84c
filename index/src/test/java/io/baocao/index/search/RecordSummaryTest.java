package io.baocao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.model.RecordJson;
import io.baocao.index.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records as a Vietnamese reader writes them (issue 12 item 4), and in English with --lang en. */
class RecordSummaryTest {
    @Test
    void figuresInTheReportsNumberStyle() throws Exception {
        // "Cấp thành phố có 23 chủ đầu tư thực hiện 79 dự án, giải ngân 2.029,859/5.860,400 tỷ đồng"
        assertEquals("2.029,859/5.860,4 tỷ đồng  giải ngân",
                vi("figure", "{\"value\":2029.859,\"target\":5860.4,\"unit\":\"tỷ đồng\",\"metric\":\"giải ngân\"}"));
        assertEquals("79 dự án", vi("figure", "{\"value\":79.0,\"unit\":\"dự án\"}"));
        assertEquals("tăng 1.206 tỷ đồng", vi("figure", "{\"value\":1206,\"unit\":\"tỷ đồng\",\"change\":\"increase\"}"));
        assertEquals("104–106 triệu đồng", vi("figure", "{\"low\":104.0,\"high\":106.0,\"unit\":\"triệu đồng\"}"));
        assertEquals("2,029.859/5,860.4 tỷ đồng",
                RecordSummary.of(hit("figure", "{\"value\":2029.859,\"target\":5860.4,\"unit\":\"tỷ đồng\"}"), Lang.EN));
    }

    @Test
    void percentagesSayWhatTheyAre() throws Exception {
        assertEquals("đạt 34,64% kế hoạch giao",
                vi("percentage", "{\"value\":34.64,\"role\":\"attainment\",\"basis\":\"kế hoạch giao\"}"));
        // issue 12: a decrease printed as "(growth)"
        assertEquals("giảm 2,8% so với cùng kỳ",
                vi("percentage", "{\"value\":2.8,\"role\":\"growth\",\"change\":\"decrease\",\"basis\":\"cùng kỳ\"}"));
        assertEquals("tăng 5,73%", vi("percentage", "{\"value\":5.73,\"role\":\"growth\",\"change\":\"increase\"}"));
        assertEquals("chiếm 8,55%", vi("percentage", "{\"value\":8.55,\"role\":\"share\"}"));
        assertEquals("trên 25%", vi("percentage", "{\"value\":25,\"role\":\"rate\",\"approx\":true,\"raw\":\"trên 25%\"}"));
        assertEquals("down 2.8% cùng kỳ", RecordSummary.of(hit("percentage",
                "{\"value\":2.8,\"role\":\"growth\",\"change\":\"decrease\",\"basis\":\"cùng kỳ\"}"), Lang.EN));
    }

    @Test
    void documentsByKindNumberAndDateStatusesInVietnamese() throws Exception {
        assertEquals("Báo cáo 320/BC-UBND ngày 15/11/2024", RecordSummary.document(RecordJson.MAPPER.readTree(
                "{\"kind\":\"Báo cáo\",\"number\":\"320/BC-UBND\",\"issued\":\"2024-11-15\"}"), Lang.VI, 100));
        assertEquals("Nghị quyết 42/NQ-HĐND ngày 08/12/2023", vi("reference",
                "{\"kind\":\"Nghị quyết\",\"number\":\"42/NQ-HĐND\",\"issued\":\"2023-12-08\"}"));
        // issue 12: an unnumbered reference printed as "Nghị quyết " with nothing after
        assertEquals("Nghị quyết về kết quả thực hiện nhiệm vụ kinh tế - xã hội", vi("reference",
                "{\"kind\":\"Nghị quyết\",\"number\":null,\"subject\":\"về kết quả thực hiện nhiệm vụ kinh tế - xã hội\"}"));
        assertEquals("đã hoàn thành: Xây dựng Đề án Nhà ở xã hội", vi("status",
                "{\"status\":\"done\",\"subject\":\"Xây dựng Đề án Nhà ở xã hội\"}"));
        assertEquals("not met: GRDP", RecordSummary.of(hit("status", "{\"status\":\"not_met\",\"subject\":\"GRDP\"}"), Lang.EN));
    }

    @Test
    void sectionPathsLoseTheirFrontNotTheMostSpecificHeading() {
        String path = "II. ĐÁNH GIÁ CHUNG > 3. Đánh giá khả năng hoàn thành các chỉ tiêu Nghị quyết > b) 04/17 chỉ tiêu còn nhiều khó khăn";
        assertEquals("… > 3. Đánh giá khả năng hoàn thành các chỉ tiêu Nghị quyết > b) 04/17 chỉ tiêu còn nhiều khó khăn",
                Snippet.clipPath(path, 100));
        assertEquals(path, Snippet.clipPath(path, 200));
        // a most specific heading of 97 characters: too long for "… > " in 100, short enough for "…" (it failed
        // with an index out of bounds, `baocao search -n 20 "nông thôn mới"` on the corpus)
        String last = "d) Tiếp tục đẩy nhanh thực hiện các dự án, chương trình trọng điểm về phát triển nông thôn mới";
        String deep = "II. NHIỆM VỤ, GIẢI PHÁP > " + last + "x".repeat(97 - last.length());
        assertEquals("…" + deep.substring(deep.indexOf(" > ") + 3), Snippet.clipPath(deep, 100));
    }

    private static String vi(String type, String json) throws Exception {
        return RecordSummary.of(hit(type, json), Lang.VI);
    }

    private static SearchHit hit(String type, String json) {
        return new SearchHit("d", "/d.pdf", 2024, "thành phố Cần Thơ", 1, null, type, "", List.of(), 1f, json);
    }
}
