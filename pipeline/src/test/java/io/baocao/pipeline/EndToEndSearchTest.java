package io.baocao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.text.TextFold;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.SearchHit;
import io.baocao.index.search.SearchEvaluation;
import io.baocao.index.search.SearchPolicy;
import io.baocao.index.search.SearchResults;
import java.text.Normalizer;
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
            files = s.filter(Files::isRegularFile).sorted().toList();
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
    void caseAndUnicodeFormDoNotChangeWhatIsFoundButUnmarkedSyllablesFindMore() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            Set<String> a = keys(s.search("giải ngân", null, null, 1000));
            Set<String> upper = keys(s.search("GIẢI NGÂN", null, null, 1000));
            Set<String> nfd = keys(s.search(Normalizer.normalize("giải ngân", Normalizer.Form.NFD), null, null, 1000));
            Set<String> unmarked = keys(s.search("giai ngan", null, null, 1000));
            assertFalse(a.isEmpty());
            assertEquals(a, upper);
            assertEquals(a, nfd);
            // without marks every spelling is wanted: all of giải ngân and more (giải ngàn, giai đoạn … ngân)
            assertTrue(unmarked.containsAll(a));
            assertTrue(unmarked.size() > a.size());
        }
    }

    @Test
    void marksTypedAreMarksMeant() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            // issue 12: "đang thực hiện" typed in full found Đảng, đẳng, đáng and thúc in 2022 and 2023
            SearchResults r = new SearchPolicy(s).search("đang thực hiện", null, null, 10);
            assertFalse(r.isEmpty());
            for (SearchHit h : r.hits()) {
                String exact = h.text().toLowerCase(java.util.Locale.ROOT);
                assertTrue(exact.contains("đang") && exact.contains("thực hiện") || h.recordJson() != null,
                        "typed with marks, found without them: " + h.text());
            }
            for (int[] span : r.hits().get(0).highlights()) {
                String marked = r.hits().get(0).text().substring(span[0], span[1]).toLowerCase(java.util.Locale.ROOT);
                assertEquals("đang thực hiện", marked);
            }
            // a syllable typed with another mark is another syllable: giải ngàn is not giải ngân
            assertTrue(s.search("giải ngàn", null, "passage", 50).stream()
                    .noneMatch(h -> h.text().contains("giải ngân") && !h.text().toLowerCase().contains("ngàn")));
            // mixed: "giải ngan" wants giải as typed and ngan in any spelling
            List<SearchHit> mixed = s.search("giải ngan", null, "passage", 500);
            assertTrue(mixed.stream().anyMatch(h -> h.text().contains("giải ngân")));
            assertTrue(mixed.stream().allMatch(h -> h.text().toLowerCase().contains("giải")));
        }
    }

    @Test
    void aYearShowsThePhraseNotTheScatteredSyllables() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            // issue 12: 8 of the 10 hits shown for 2023 were "giải pháp … ngân sách"
            SearchResults r = new SearchPolicy(s).search("giải ngân", null, "passage", 10);
            for (SearchResults.YearGroup y : r.years()) {
                for (SearchResults.JurisdictionGroup j : y.jurisdictions()) {
                    for (SearchResults.Evidence e : j.evidence()) {
                        assertTrue(e.text().contains("giải ngân"),
                                y.year() + ": " + e.text());
                    }
                }
            }
            assertEquals(List.of(2024, 2023, 2022), r.years().stream().map(SearchResults.YearGroup::year).toList());
        }
    }

    @Test
    void theHeadlineSentenceIsNotBuriedUnderShortRows() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            // issue 12: "Tổng sản phẩm trên địa bàn (GRDP): ước tăng 5,73%" ranked 12th behind table rows
            SearchResults r = new SearchPolicy(s).search("GRDP", 2024, null, 10);
            List<SearchResults.Evidence> shown = r.years().get(0).jurisdictions().get(0).evidence();
            int at = -1;
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).text().contains("Tổng sản phẩm trên địa bàn (GRDP): ước tăng 5,73%")) {
                    at = i;
                }
            }
            assertTrue(at >= 0 && at < 8, "headline at " + at);
            // what ranks above it is prose about GRDP (p. 45's "Tốc độ tăng … (GRDP) chỉ đạt 5,73%", whose record
            // names GRDP) and at most the two table rows that name it, not a run of short rows
            long rowsAbove = shown.subList(0, at).stream().filter(e -> e.text().contains(" | ")).count();
            assertTrue(rowsAbove <= 2, rowsAbove + " table rows above the headline");
            // the table row and the same row read again for its records are one hit
            long rows = shown.stream().filter(e -> e.text().startsWith("2. GRDP bình quân đầu người")).count();
            assertEquals(1, rows);
        }
    }

    @Test
    void judgedQueriesMeetTheirTargets() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            List<SearchEvaluation.JudgedQuery> judged = SearchEvaluation.read(Corpus.gold().resolve("queries.jsonl"));
            assertTrue(judged.size() >= 30, "30 judged queries or more");
            SearchEvaluation.Report r = new SearchEvaluation(new SearchPolicy(s)).run(judged);
            String lost = r.queries().stream().flatMap(q -> q.lost().stream().map(l -> q.query().query() + ": " + l))
                    .collect(Collectors.joining("\n"));
            assertEquals(0, r.lost(), "judged passages lost:\n" + lost);
            assertTrue(r.precision(true) >= 0.9, "precision@10 with diacritics " + r.precision(true));
            assertTrue(r.precision(false) >= 0.8, "precision@10 without diacritics " + r.precision(false));
            assertTrue(r.ndcg() >= 0.9, "nDCG@10 " + r.ndcg());
        }
    }

    @Test
    void theCommandLinePrintsInTheReadersConventions() throws Exception {
        String vi = cli("search", "giải ngân", "--index", index.toString());
        // issue 12: "2029.859 of 5860.4 tỷ đồng", "79.0 dự án", documents named by file
        assertTrue(vi.contains("2.029,859/5.860,4 tỷ đồng"), vi);
        assertTrue(vi.contains("79 dự án"), vi);
        assertTrue(vi.contains("đạt 34,64% kế hoạch"), vi);
        assertTrue(vi.contains("Kế hoạch 22/KH-UBND ngày 06/02/2023  tr.12"), vi);
        assertFalse(vi.contains("2029.859"), vi);
        String en = cli("search", "giải ngân", "--index", index.toString(), "--lang", "en");
        assertTrue(en.contains("2,029.859/5,860.4 tỷ đồng"), en);
        assertTrue(en.contains(" hit(s)"), en);
        String json = cli("search", "giải ngân", "--index", index.toString(), "--json");
        // JSON keeps numbers as numbers and English keys, and names the document
        assertTrue(json.contains("\"value\":2029.859"), json);
        assertTrue(json.contains("\"role\":\"attainment\""), json);
        assertTrue(json.contains("\"number\":\"22/KH-UBND\""), json);
    }

    private static String cli(String... args) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, io.baocao.pipeline.cli.Baocao.run(args));
        } finally {
            System.setOut(out);
        }
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void documentNumbersAreSearchedWhole() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            // Đ typed as D (issue 12) finds the same passages
            assertEquals(keys(s.search("42/NQ-HĐND", null, null, 500)), keys(s.search("42/NQ-HDND", null, null, 500)));
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
