package io.baocao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import io.baocao.index.BaocaoIndex;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.IngestedFile;
import io.baocao.index.SearchHit;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees for the cases of issue 12, on real indexes on disk built from corpus sentences. */
class SearchOnDiskTest {
    @TempDir
    Path dir;

    private static final DocumentContext Y2024 = new DocumentContext("bc", "Báo cáo", 2024, "thành phố Cần Thơ");
    private static final DocumentContext Y2022 = new DocumentContext("nq", "Nghị quyết", 2022, "thành phố Cần Thơ");

    @Test
    void aYearWithOneHitAmongHundredsOfAnothersIsShown() throws Exception {
        List<Passage> many = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            many.add(new Passage("bc", 1 + i / 20, null, "Kết quả giải ngân vốn của các dự án đến nay đạt " + i
                    + " tỷ đồng, đạt 14,22% kế hoạch vốn bố trí.", Passage.Kind.SENTENCE, Y2024, null));
        }
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(new IngestedFile("/bc.pdf", "h1", "bc", 35, many, List.of()));
            index.put(new IngestedFile("/nq.pdf", "h2", "nq", 8, List.of(new Passage("nq", 6, null,
                    "Xác định nhiệm vụ giải ngân vốn đầu tư công năm 2022 là nhiệm vụ chính trị trọng tâm.",
                    Passage.Kind.SENTENCE, Y2022, null)), List.of()));
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchResults r = new SearchPolicy(s).search("giai ngan", null, null, 3);
            assertEquals(List.of(2024, 2022), r.years().stream().map(SearchResults.YearGroup::year).toList());
            // -n is per year: three passages of 2024, the one of 2022
            assertEquals(3, r.years().get(0).jurisdictions().get(0).evidence().size());
            assertEquals(1, r.years().get(1).jurisdictions().get(0).evidence().size());
        }
    }

    @Test
    void toneMarkPlacementAndDecomposedInputStillMatch() throws Exception {
        List<Passage> passages = List.of(
                new Passage("bc", 12, null, "Hoàn thành đấu thầu thuốc tại Bệnh viện Y học cổ truyền; khám sức khoẻ cho người cao tuổi.",
                        Passage.Kind.SENTENCE, Y2024, null),
                new Passage("bc", 20, null, "Tổ chức đối thoại hoà giải ở cơ sở tại quận Bình Thủy.",
                        Passage.Kind.SENTENCE, Y2024, null));
        index(passages);
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            assertEquals(1, s.search("hòa giải", null, null, 10).size());
            assertEquals(1, s.search("hoà giải", null, null, 10).size());
            assertEquals(1, s.search("sức khỏe", null, null, 10).size());
            assertEquals(1, s.search("Bình Thuỷ", null, null, 10).size());
            assertEquals(1, s.search(Normalizer.normalize("hòa giải", Normalizer.Form.NFD), null, null, 10).size());
            // the marks the reader typed are what is marked in the evidence
            SearchHit h = s.search("hoà giải", null, null, 10).get(0);
            assertEquals("hoà giải", h.text().substring(h.highlights().get(0)[0], h.highlights().get(0)[1]));
        }
    }

    @Test
    void aHitMissingASyllableIsShownOnlyWhenNothingBetterExistsAndMarkedPartial() throws Exception {
        index(List.of(
                new Passage("bc", 5, null, "Cấp thành phố có 23 chủ đầu tư thực hiện 79 dự án, giải ngân 2.029,859/5.860,400 tỷ đồng.",
                        Passage.Kind.SENTENCE, Y2024, null),
                new Passage("bc", 9, null, "Kết quả giải ngân vốn của các dự án đến nay đạt 61,299/471 tỷ đồng.",
                        Passage.Kind.SENTENCE, Y2024, null)));
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchPolicy policy = new SearchPolicy(s);
            SearchResults full = policy.search("giải ngân", null, null, 10);
            assertEquals(2, full.hits().size());
            assertTrue(full.hits().stream().noneMatch(SearchHit::partial));
            // no passage has "ODA": the passages with giải ngân are shown, marked partial
            SearchResults some = policy.search("giải ngân ODA", null, null, 10);
            assertEquals(2, some.hits().size());
            assertTrue(some.years().get(0).jurisdictions().get(0).evidence().stream().allMatch(SearchResults.Evidence::partial));
            assertTrue(policy.search("ODA", null, null, 10).isEmpty());
        }
    }

    @Test
    void documentNumbersFoldĐBothWays() throws Exception {
        index(List.of(new Passage("bc", 1, null,
                "Thực hiện Nghị quyết số 42/NQ-HĐND ngày 08 tháng 12 năm 2023 của HĐND thành phố.",
                Passage.Kind.SENTENCE, Y2024, null)));
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            for (String q : List.of("42/NQ-HĐND", "42/NQ-HDND", "42/nq-hđnd")) {
                List<SearchHit> hits = s.search(q, null, null, 10);
                assertEquals(1, hits.size(), q);
                int[] span = hits.get(0).highlights().get(0);
                assertEquals("42/NQ-HĐND", hits.get(0).text().substring(span[0], span[1]), q);
            }
            assertFalse(s.search("42/NQ-CP", null, null, 10).size() > 0);
        }
    }

    @Test
    void anIndexWrittenBeforeTheFormsFieldIsRecognised() throws Exception {
        // what an older baocao wrote: the passage text and a folded copy, no text_forms
        try (var dir0 = org.apache.lucene.store.FSDirectory.open(dir);
             var w = new org.apache.lucene.index.IndexWriter(dir0, new org.apache.lucene.index.IndexWriterConfig())) {
            var d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField("kind", "passage", org.apache.lucene.document.Field.Store.YES));
            d.add(new org.apache.lucene.document.TextField("text", "Kết quả giải ngân vốn", org.apache.lucene.document.Field.Store.YES));
            d.add(new org.apache.lucene.document.TextField("text_folded", "ket qua giai ngan von", org.apache.lucene.document.Field.Store.NO));
            w.addDocument(d);
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            assertTrue(s.writtenByOlderVersion());
        }
        Path fresh = dir.resolve("fresh");
        try (BaocaoIndex index = BaocaoIndex.open(fresh)) {
            index.put(new IngestedFile("/bc.pdf", "h1", "bc", 1, List.of(new Passage("bc", 1, null, "Kết quả giải ngân vốn.",
                    Passage.Kind.SENTENCE, Y2024, null)), List.of()));
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(fresh)) {
            assertFalse(s.writtenByOlderVersion());
        }
    }

    private void index(List<Passage> passages) throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(new IngestedFile("/bc.pdf", "h1", "bc", 20, passages, List.of()));
            index.commit();
        }
    }
}
