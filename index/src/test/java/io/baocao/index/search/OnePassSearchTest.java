package io.baocao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import io.baocao.index.BaocaoIndex;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.IngestedFile;
import io.baocao.index.SearchHit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass search (every year ranked at once, the hits to show chosen from doc values) shows exactly
 * what the search a year, choosing from stored text, showed; an index written before the passage key is
 * still searched, the old way.
 */
class OnePassSearchTest {
    @TempDir
    Path dir;

    private static final DocumentContext BC = new DocumentContext("bc", "Báo cáo", 2024, "thành phố Cần Thơ");
    private static final DocumentContext NQ = new DocumentContext("nq", "Nghị quyết", 2022, "tỉnh Hậu Giang");
    private static final DocumentContext KH = new DocumentContext("kh", "Kế hoạch", null, null);

    /** Sentences and a table row of the corpus's 2024 report, with records read from them. */
    private static final String ROW = "Vốn đầu tư công giải ngân (tỷ đồng) | 3.100 |  | 35,03";
    private static final String ROW_AS_RECORD = "Vốn đầu tư công giải ngân (tỷ đồng) | 3.100 | 35,03";

    @Test
    void onePassShowsWhatTheSearchAYearShowed() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            List<Passage> bc = new ArrayList<>();
            List<Record> bcRecords = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Passage p = new Passage("bc", 1 + i / 4, null, "Kết quả giải ngân vốn của các dự án đến nay đạt " + i
                        + " tỷ đồng, đạt 14,22% kế hoạch vốn bố trí.", Passage.Kind.SENTENCE, BC, null);
                bc.add(p);
                if (i % 3 == 0) {
                    FigureRecord f = new FigureRecord().from(p);
                    f.value = (double) i;
                    f.unit = "tỷ đồng";
                    bcRecords.add(f);
                    PercentageRecord pct = new PercentageRecord().from(p);
                    pct.value = 14.22;
                    bcRecords.add(pct);
                }
            }
            Passage row = new Passage("bc", 21, "Phụ lục", ROW, Passage.Kind.TABLE_ROW, BC, null);
            bc.add(row);
            FigureRecord fromRow = new FigureRecord().from(row);
            fromRow.text = ROW_AS_RECORD;
            fromRow.value = 3100.0;
            bcRecords.add(fromRow);
            // the same words on another page: a passage of its own
            bc.add(new Passage("bc", 22, null, "Kết quả giải ngân vốn của các dự án đến nay đạt 0 tỷ đồng, đạt 14,22% "
                    + "kế hoạch vốn bố trí.", Passage.Kind.SENTENCE, BC, null));
            index.put(new IngestedFile("/bc.pdf", "h-bc-pdf", "bc", 22, bc, bcRecords));
            // the same report as DOCX: no pages, the same passages
            List<Passage> docx = new ArrayList<>();
            for (Passage p : bc) {
                docx.add(new Passage("bc", null, p.section(), p.text(), p.kind(), BC, null));
            }
            index.put(new IngestedFile("/bc.docx", "h-bc-docx", "bc", 0, docx, List.of()));
            index.put(new IngestedFile("/nq.pdf", "h-nq", "nq", 8, List.of(new Passage("nq", 6, null,
                    "Xác định nhiệm vụ giải ngân vốn đầu tư công năm 2022 là nhiệm vụ chính trị trọng tâm.",
                    Passage.Kind.SENTENCE, NQ, null)), List.of()));
            index.put(new IngestedFile("/kh.pdf", "h-kh", "kh", 3, List.of(new Passage("kh", 2, null,
                    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công.", Passage.Kind.SENTENCE, KH, null)), List.of()));
            // the same bytes at a second path: a link, no second copy
            index.link("/copy/kh.pdf", "h-kh");
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchPolicy policy = new SearchPolicy(s);
            for (String q : List.of("giải ngân", "giai ngan", "kế hoạch vốn", "giải ngân ODA", "tỷ đồng", "3.100",
                    "đầu tư công", "ODA")) {
                for (int n : List.of(1, 3, 10)) {
                    for (Integer year : new Integer[] {null, 2024, 2022, 2019}) {
                        for (String type : new String[] {null, "figure", "passage"}) {
                            String what = q + " -n " + n + " --year " + year + " --type " + type;
                            assertEquals(policy.searchYearByYear(q, year, type, null, n).comparableText(),
                                    policy.search(q, year, type, null, n).comparableText(), what);
                        }
                    }
                }
            }
            SearchResults r = policy.search("giải ngân", null, null, 3);
            assertEquals(java.util.Arrays.asList(2024, 2022, null), r.years().stream().map(SearchResults.YearGroup::year).toList());
            // the DOCX copy shows nowhere: its passages are the PDF's, shown with their pages
            assertTrue(r.hits().stream().noneMatch(h -> h.file().endsWith(".docx")));
            // the table row and the record read from it (its empty cell dropped) are one piece of evidence
            SearchResults rows = policy.search("3.100", null, null, 10);
            assertEquals(1, rows.years().get(0).jurisdictions().get(0).evidence().size());
            assertEquals(2, rows.years().get(0).jurisdictions().get(0).evidence().get(0).hits().size());
            // the plan's hits are shown from the first path that holds it now
            assertEquals("/copy/kh.pdf", r.years().get(2).jurisdictions().get(0).evidence().get(0).first().file());
        }
    }

    @Test
    void yearsFullerThanTheDepthRankedAtOnceAsYearByYear() throws Exception {
        // more hits in every year (and of no known year) than a year ranks (max(300, 40 n)): once all are
        // full, the scorer skips what can enter none of them, and must skip nothing a year would show
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            DocumentContext[] contexts = {BC, NQ, KH, new DocumentContext("bc23", "Báo cáo", 2023, "tỉnh Sóc Trăng")};
            for (DocumentContext c : contexts) {
                List<Passage> ps = new ArrayList<>();
                List<Record> rs = new ArrayList<>();
                for (int i = 0; i < 450; i++) {
                    // texts of different lengths and with the syllables near or apart: many different scores
                    String filler = " tại các huyện".repeat(i % 7);
                    String text = i % 3 == 0
                            ? "Kết quả giải ngân vốn đầu tư công" + filler + " đạt " + i + " tỷ đồng."
                            : "Giải quyết vướng mắc" + filler + " về ngân sách, vốn đạt " + i + " tỷ đồng.";
                    Passage p = new Passage(c.docId(), 1 + i / 10, null, text, Passage.Kind.SENTENCE, c, null);
                    ps.add(p);
                    if (i % 5 == 0) {
                        FigureRecord f = new FigureRecord().from(p);
                        f.value = (double) i;
                        f.unit = "tỷ đồng";
                        rs.add(f);
                    }
                }
                index.put(new IngestedFile("/" + c.docId() + ".pdf", "h-" + c.docId(), c.docId(), 45, ps, rs));
            }
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchPolicy policy = new SearchPolicy(s);
            for (String q : List.of("giải ngân", "giai ngan von", "vốn tỷ đồng", "ngân sách ODA")) {
                for (int n : List.of(1, 10, 12)) {
                    for (Integer year : new Integer[] {null, 2023}) {
                        String what = q + " -n " + n + " --year " + year;
                        SearchResults old = policy.searchYearByYear(q, year, null, null, n);
                        assertEquals(old.comparableText(), policy.search(q, year, null, null, n).comparableText(), what);
                        assertFalse(old.isEmpty(), what);
                    }
                }
            }
        }
    }

    @Test
    void nearRankedPhraseFirstShowsWhatOneNearSearchShowed() throws Exception {
        // every year: more hits holding "giải ngân" side by side than a year ranks, of many scores, and hits
        // holding the two syllables apart (giải quyết … ngân sách), several times each (a high BM25, no phrase);
        // 2023 holds few of the phrase, so its ranking is not full: the hits apart must be ranked too
        DocumentContext[] contexts = {BC, NQ, KH, new DocumentContext("bc23", "Báo cáo", 2023, "tỉnh Sóc Trăng")};
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            for (DocumentContext c : contexts) {
                List<Passage> ps = new ArrayList<>();
                int phrases = c.year() != null && c.year() == 2023 ? 5 : 380;
                for (int i = 0; i < phrases + 200; i++) {
                    String text = i < phrases
                            ? "Kết quả giải ngân vốn" + " tại các huyện".repeat(i % 9) + " đạt " + i + " tỷ đồng."
                            : "Giải pháp ngân sách, giải quyết ngân khố".repeat(1 + i % 4) + " năm " + i + ".";
                    ps.add(new Passage(c.docId(), 1 + i / 10, null, text, Passage.Kind.SENTENCE, c, null));
                }
                index.put(new IngestedFile("/" + c.docId() + ".pdf", "h-" + c.docId(), c.docId(), 60, ps, List.of()));
            }
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchPolicy policy = new SearchPolicy(s);
            for (String q : List.of("giải ngân", "giai ngan", "ngân sách", "giải pháp ngân")) {
                for (int n : List.of(1, 10)) {
                    for (Integer year : new Integer[] {null, 2023, 2024}) {
                        String what = q + " -n " + n + " --year " + year;
                        SearchResults old = policy.searchYearByYear(q, year, null, null, n);
                        assertEquals(old.comparableText(), policy.search(q, year, null, null, n).comparableText(), what);
                        assertFalse(old.isEmpty(), what);
                    }
                }
            }
            // the year with few of the phrase shows hits holding the syllables apart, below the phrase's
            SearchResults y2023 = policy.search("giải ngân", 2023, null, null, 10);
            assertTrue(y2023.hits().stream().anyMatch(h -> h.text().startsWith("Giải pháp")));
        }
    }

    @Test
    void hitsTheScorerSkipsOnceEveryYearIsFullAreNoneAYearWouldShow() throws Exception {
        // every year first gets more hits than it ranks, of many scores (the syllable said two to four times,
        // in texts of many lengths), then files of weaker hits (said once, in long texts): once every year is
        // full the scorer is told the lowest score that can still enter one, and may skip what scores below
        DocumentContext[] contexts = {BC, NQ, KH, new DocumentContext("bc23", "Báo cáo", 2023, "tỉnh Sóc Trăng")};
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            for (DocumentContext c : contexts) {
                List<Passage> ps = new ArrayList<>();
                for (int i = 0; i < 420; i++) {
                    String text = "Nguồn vốn".repeat(2 + i % 3) + " tại các huyện".repeat(i % 9) + " đạt " + i + " tỷ đồng.";
                    ps.add(new Passage(c.docId(), 1 + i / 10, null, text, Passage.Kind.SENTENCE, c, null));
                }
                index.put(new IngestedFile("/" + c.docId() + ".pdf", "h-" + c.docId(), c.docId(), 42, ps, List.of()));
            }
            for (DocumentContext c : contexts) {
                List<Passage> ps = new ArrayList<>();
                for (int i = 0; i < 600; i++) {
                    ps.add(new Passage(c.docId() + "-weak", 1 + i / 10, null, "Tình hình thực hiện nhiệm vụ phát triển "
                            + "kinh tế - xã hội tại các huyện, thị xã, thành phố trong năm, trong đó có vốn đạt " + i + " tỷ đồng.",
                            Passage.Kind.SENTENCE, c, null));
                }
                index.put(new IngestedFile("/" + c.docId() + "-weak.pdf", "h-weak-" + c.docId(), c.docId() + "-weak", 60,
                        ps, List.of()));
            }
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchPolicy policy = new SearchPolicy(s);
            for (int n : List.of(1, 10)) {
                for (Integer year : new Integer[] {null, 2022}) {
                    String what = "vốn -n " + n + " --year " + year;
                    SearchResults old = policy.searchYearByYear("vốn", year, null, null, n);
                    assertEquals(old.comparableText(), policy.search("vốn", year, null, null, n).comparableText(), what);
                    assertFalse(old.isEmpty(), what);
                }
            }
        }
    }

    @Test
    void anIndexWrittenBeforeThePassageKeyIsSearchedTheOldWay() throws Exception {
        // what baocao wrote before the passage key: the same fields, no passage_key, passage_page or content
        try (var d0 = FSDirectory.open(dir); var w = new IndexWriter(d0, new IndexWriterConfig(BaocaoIndex.analyzer()))) {
            String[] texts = {"Kết quả giải ngân vốn của các dự án đến nay đạt 61,299/471 tỷ đồng.",
                    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công.", "Tỷ lệ tham gia bảo hiểm y tế đạt 86,74%."};
            for (int i = 0; i < texts.length; i++) {
                Document d = new Document();
                d.add(new StringField("kind", "passage", Field.Store.YES));
                d.add(new StringField("file", "/bc.pdf", Field.Store.YES));
                d.add(new StringField("hash", "h1", Field.Store.YES));
                d.add(new StringField("doc", "bc", Field.Store.YES));
                d.add(new IntPoint("year", 2024));
                d.add(new StoredField("year", 2024));
                d.add(new NumericDocValuesField("year", 2024));
                d.add(new StringField("jurisdiction", "thành phố Cần Thơ", Field.Store.YES));
                d.add(new StoredField("page", i + 1));
                d.add(new TextField("text", texts[i], Field.Store.YES));
                d.add(new TextField("text_forms", texts[i] + " ", Field.Store.NO));
                w.addDocument(d);
            }
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            assertFalse(s.writtenByOlderVersion());
            SearchPolicy policy = new SearchPolicy(s);
            SearchResults r = policy.search("giải ngân", null, null, 10);
            assertEquals(2, r.hits().size());
            assertEquals(policy.searchYearByYear("giải ngân", null, null, null, 10).comparableText(), r.comparableText());
        }
        // a file ingested into it afterwards has the key, the older ones still not: still the old way, all found
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(new IngestedFile("/nq.pdf", "h2", "nq", 8, List.of(new Passage("nq", 6, null,
                    "Xác định nhiệm vụ giải ngân vốn đầu tư công năm 2022 là nhiệm vụ chính trị trọng tâm.",
                    Passage.Kind.SENTENCE, NQ, null)), List.of()));
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchResults r = new SearchPolicy(s).search("giải ngân", null, null, 10);
            assertEquals(List.of(2024, 2022), r.years().stream().map(SearchResults.YearGroup::year).toList());
            assertEquals(3, r.hits().size());
        }
    }

}
