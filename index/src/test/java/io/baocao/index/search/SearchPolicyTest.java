package io.baocao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baocao.index.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search shows, whatever prints it: per-year limits, one passage per format, groups. */
class SearchPolicyTest {
    private static final String H1 = "Kết quả giải ngân vốn của các dự án đến nay đạt 61,299/471 tỷ đồng, đạt 14,22% kế hoạch vốn bố trí.";
    private static final String H2 = "Chi ngân sách: tình hình giải ngân vốn đầu tư xây dựng cơ bản còn thấp.";
    private static final String KH = "Đẩy nhanh tiến độ giải ngân vốn đầu tư công.";

    @Test
    void yearsNewestFirstPassagesWithTheirRecordsAndTheLimitPerYear() {
        List<SearchHit> ranked = List.of(
                hit("bc", "/bc.pdf", 2024, 9, H1, "passage", 9f, null),
                hit("bc", "/bc.pdf", 2024, 9, H1, "percentage", 8f, "{\"value\":14.22,\"role\":\"attainment\"}"),
                hit("kh", "/kh.pdf", 2023, 12, KH, "passage", 7f, null),
                hit("kh", "/kh.docx", 2023, null, KH, "passage", 7f, null),
                hit("bc", "/bc.pdf", 2024, 28, H2, "passage", 6f, null),
                hit("x", "/x.pdf", null, 1, KH, "passage", 1f, null));
        List<SearchHit> shown = SearchPolicy.perYear(ranked, 1);
        // 2024 keeps its best passage and the record read from it, not the second passage; the DOCX copy
        // of the 2023 plan is the same passage as the PDF's page 12
        assertEquals(List.of(ranked.get(0), ranked.get(1), ranked.get(2), ranked.get(5)), shown);
        SearchResults r = SearchPolicy.arrange("giải ngân", shown);
        assertEquals(List.of(2024, 2023), r.years().subList(0, 2).stream().map(SearchResults.YearGroup::year).toList());
        assertNull(r.years().get(2).year());
        SearchResults.JurisdictionGroup place = r.years().get(0).jurisdictions().get(0);
        assertEquals("thành phố Cần Thơ", place.jurisdiction());
        assertEquals(2, place.hitCount());
        assertEquals(1, place.evidence().size());
        assertEquals(1, place.evidence().get(0).records().size());
        assertEquals("?", r.years().get(2).jurisdictions().get(0).jurisdiction());
    }

    @Test
    void snippetCutsAroundTheFirstMatch() {
        String text = "x".repeat(400) + " giải ngân " + "y".repeat(400);
        Snippet s = Snippet.of(text, List.of(new int[] {401, 410}), 320);
        assertEquals(true, s.cutBefore());
        assertEquals(true, s.cutAfter());
        assertEquals("giải ngân", s.pieces().get(1).text());
        assertEquals(true, s.pieces().get(1).matched());
    }

    private static SearchHit hit(String doc, String file, Integer year, Integer page, String text, String type,
                                 float score, String record) {
        return new SearchHit(doc, file, year, year == null ? null : "thành phố Cần Thơ", page, null, type, text,
                List.of(), score, record);
    }
}
