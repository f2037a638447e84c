package io.baocao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.text.TextFold;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.SearchHit;
import io.baocao.pipeline.batch.IndexSink;
import io.baocao.pipeline.batch.Ingester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the bundled corpus into a real index on disk and searches it across years. */
class EndToEndSearchTest {
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void ingestCorpus() throws Exception {
        index = dir.resolve("index");
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpus.corpus())) {
            files = s.sorted().toList();
        }
        try (IndexSink idx = IndexSink.open(index)) {
            List<Ingester.FileReport> reports = new Ingester(new Pipeline()).ingest(files, idx, new Ingester.Progress() {
                public void started(Path f) {
                }

                public void finished(Ingester.FileReport r) {
                }
            });
            assertTrue(reports.stream().allMatch(r -> r.status().equals("ok")), () -> reports.toString());
        }
    }

    @Test
    void foldedQueryFindsDisbursementInEveryYearOnItsPage() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            List<SearchHit> hits = s.search("giai ngan", null, "passage", 500);
            Set<Integer> years = hits.stream().map(SearchHit::year).collect(Collectors.toSet());
            assertEquals(Set.of(2022, 2023, 2024), years);
            // pages read off the PDFs: nghị quyết 05 p.5-6, kế hoạch 22 p.12, báo cáo p.4 (a) Đầu tư xây dựng cơ bản, the words broken over two lines)
            assertTrue(has(hits, "cantho-2022-h1-nghi-quyet-05", 6, "giải ngân vốn đầu tư công năm 2022"));
            assertTrue(has(hits, "cantho-2023-ke-hoach-22", 12, "giải ngân vốn đầu tư công"));
            assertTrue(has(hits, "cantho-2024-h1-bao-cao", 4, "2.843,968 tỷ đồng"));
            // syllables side by side rank above the same syllables scattered ("giải pháp … ngân hàng")
            int lastAdjacent = -1;
            int firstScattered = Integer.MAX_VALUE;
            for (int i = 0; i < hits.size(); i++) {
                if (TextFold.fold(hits.get(i).text()).contains("giai ngan")) {
                    lastAdjacent = i;
                } else {
                    firstScattered = Math.min(firstScattered, i);
                }
            }
            assertTrue(lastAdjacent < firstScattered, "adjacent " + lastAdjacent + " before scattered " + firstScattered);
        }
    }

    @Test
    void diacriticsAndCaseDoNotChangeWhatIsFound() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            Set<String> a = keys(s.search("giải ngân", null, null, 1000));
            Set<String> b = keys(s.search("giai ngan", null, null, 1000));
            Set<String> c = keys(s.search("GIẢI NGÂN", null, null, 1000));
            assertFalse(a.isEmpty());
            assertEquals(a, b);
            assertEquals(a, c);
        }
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            // "giải ngân" exactly vs the folded-only spelling "giai ngàn": the exact spelling of the corpus wins
            List<SearchHit> exact = s.search("giải ngân", null, "passage", 5);
            List<SearchHit> other = s.search("giai ngàn", null, "passage", 5);
            assertTrue(exact.get(0).score() > other.get(0).score());
        }
    }

    @Test
    void documentNumbersAreSearchedWhole() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            List<SearchHit> hits = s.search("42/NQ-HĐND", null, "passage", 50);
            assertFalse(hits.isEmpty());
            assertTrue(hits.stream().allMatch(h -> h.text().contains("42/NQ-HĐND")), "only passages citing 42/NQ-HĐND");
            assertTrue(s.search("42/NQ-HĐND", null, null, 500).stream()
                    .noneMatch(h -> h.text().contains("42/NQ-CP") && !h.text().contains("42/NQ-HĐND")));
        }
    }

    @Test
    void recordsAreSearchableWithTheirYear() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            List<SearchHit> hits = s.search("giải ngân", 2024, "figure", 50);
            assertFalse(hits.isEmpty());
            assertTrue(hits.stream().allMatch(h -> h.year() == 2024 && h.recordJson().contains("\"unit\"")));
        }
    }

    private static boolean has(List<SearchHit> hits, String doc, int page, String words) {
        return hits.stream().anyMatch(h -> h.doc().equals(doc) && h.page() != null && h.page() == page
                && h.text().contains(words));
    }

    private static Set<String> keys(List<SearchHit> hits) {
        return hits.stream().map(h -> h.file() + "|" + h.type() + "|" + h.text()).collect(Collectors.toSet());
    }
}
