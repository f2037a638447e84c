package io.baocao.index;

import io.baocao.extract.model.RecordType;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the index as it was last committed: a search running beside an ingest sees every file
 * committed so far and nothing half-written.
 */
public final class BaocaoSearcher implements Closeable {
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /**
     * BM25 with a weak length normalisation: with Lucene's default (b = 0.75) a five-word table row that
     * names the metric outranks the report's sentence that gives it (GRDP: the headline sentence fell to
     * 12th); scored on comparable footing, the sentence stays in the first hits.
     */
    static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

    private final QueryBuilder queries = new QueryBuilder();
    /** {@link #yearGroups()}, once asked (-1 before). */
    private int yearGroups = -1;

    private BaocaoSearcher(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SIMILARITY);
    }

    public static BaocaoSearcher open(Path dir) throws IOException {
        return new BaocaoSearcher(dir);
    }

    /**
     * True when the index holds passages written before the {@link IndexFields#TEXT_FORMS} field existed:
     * a search of it would find nothing, and the reader should ingest again.
     */
    public boolean writtenByOlderVersion() throws IOException {
        if (searcher.count(new TermQuery(new Term(IndexFields.KIND, "passage"))) == 0) {
            return false;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(IndexFields.TEXT_FORMS) != null) {
                return false;
            }
        }
        return true;
    }

    /** Hits meeting every syllable of a query, best first, optionally only of one year and one type. */
    public List<SearchHit> search(String query, Integer year, String type, int n) throws IOException {
        return search(query, QueryBuilder.Match.ALL, year, false, type, n);
    }

    /**
     * Hits for a query, best first: those meeting every syllable ({@link QueryBuilder.Match#ALL}) or at
     * least one ({@code SOME}, marked partial), of one year, of no known year ({@code yearUnknown}) or of
     * any, and of one type or any.
     */
    public List<SearchHit> search(String query, QueryBuilder.Match match, Integer year, boolean yearUnknown,
                                  String type, int n) throws IOException {
        return search(query, match, year, yearUnknown, type, null, n);
    }

    /** The same, only of one sector (its id) when {@code sector} is not null. */
    public List<SearchHit> search(String query, QueryBuilder.Match match, Integer year, boolean yearUnknown,
                                  String type, String sector, int n) throws IOException {
        TopDocs top = searcher.search(filtered(query, match, year, yearUnknown, type, sector), Math.max(1, n));
        QueryBuilder.Parsed parsed = queries.parse(query);
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        Map<String, String> whereNow = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(hit(stored.document(sd.doc), sd.score, parsed, match == QueryBuilder.Match.SOME, whereNow));
        }
        return hits;
    }

    /**
     * A hit as ranked, read only as far as choosing the hits to show needs (the passage it is, its page and
     * year, the content that holds it), not its record, its highlights or the file that holds it now:
     * {@link #hits} reads those for the hits chosen.
     */
    public static final class Candidate {
        private final int id;
        private final float score;
        private final boolean partial;
        private final QueryBuilder.Parsed query;
        private final Object passage;
        private final Integer page;
        private final Integer year;
        /** The content hash and the path it was read from: known when read from stored fields, else asked. */
        private String hash;
        private String readFrom;
        /** Read from doc values: the segment and the ordinal of the content hash in it; -1 when not. */
        private final int leaf;
        private final int contentOrd;

        /** From the stored fields (an index written before the passage key): the passage is doc|text. */
        Candidate(int id, float score, boolean partial, QueryBuilder.Parsed query, Document d) {
            this.id = id;
            this.score = score;
            this.partial = partial;
            this.query = query;
            this.hash = d.get(IndexFields.HASH);
            this.readFrom = d.get(IndexFields.FILE);
            this.passage = d.get(IndexFields.DOC) + "|" + PassageKey.sameText(d.get(IndexFields.TEXT));
            this.page = intOrNull(d, IndexFields.PAGE);
            this.year = intOrNull(d, IndexFields.YEAR);
            this.leaf = -1;
            this.contentOrd = -1;
        }

        /** From the doc values: the passage is its {@link IndexFields#PASSAGE_KEY}. */
        Candidate(int id, float score, boolean partial, QueryBuilder.Parsed query, long passageKey, Integer page,
                  Integer year, int leaf, int contentOrd) {
            this.id = id;
            this.score = score;
            this.partial = partial;
            this.query = query;
            this.passage = passageKey;
            this.page = page;
            this.year = year;
            this.leaf = leaf;
            this.contentOrd = contentOrd;
        }

        /**
         * What makes two hits one passage (its document and its text without a row's empty cells): equal for
         * a passage and the records read from it, and for the same passage of a document in two formats.
         * Compared only with candidates of the same search.
         */
        public Object passage() {
            return passage;
        }

        public Integer page() {
            return page;
        }

        public Integer year() {
            return year;
        }
    }

    /** The stored fields a {@link Candidate} reads. */
    private static final Set<String> CANDIDATE_FIELDS = Set.of(IndexFields.DOC, IndexFields.YEAR, IndexFields.PAGE,
            IndexFields.TEXT, IndexFields.HASH, IndexFields.FILE);

    /**
     * The hits {@link #search(String, QueryBuilder.Match, Integer, boolean, String, int)} finds, in the same
     * order, as {@link Candidate}s: a policy that shows a few of hundreds of hits chooses among these and
     * reads in full ({@link #hits}) only what it shows.
     */
    public List<Candidate> candidates(String query, QueryBuilder.Match match, Integer year, boolean yearUnknown,
                                      String type, int n) throws IOException {
        return candidates(query, match, year, yearUnknown, type, null, n);
    }

    /** The same, only of one sector (its id) when {@code sector} is not null. */
    public List<Candidate> candidates(String query, QueryBuilder.Match match, Integer year, boolean yearUnknown,
                                      String type, String sector, int n) throws IOException {
        TopDocs top = searcher.search(filtered(query, match, year, yearUnknown, type, sector), Math.max(1, n));
        QueryBuilder.Parsed parsed = queries.parse(query);
        List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(new Candidate(sd.doc, sd.score, match == QueryBuilder.Match.SOME, parsed,
                    stored.document(sd.doc, CANDIDATE_FIELDS)));
        }
        return out;
    }

    /**
     * What one pass over the hits of a query found: whether it found any (of any year), and the best
     * {@code depth} of each year ({@code onlyYear}'s alone when it is given) as {@link Candidate}s read from
     * doc values, years newest first, then the hits of no known year, each year best first: the candidates
     * {@link #years} and one {@link #candidates} a year give, in one search. {@code ranked} is null when a
     * chosen hit lacks the {@link IndexFields#PASSAGE_KEY} (an index written before it): the caller asks
     * {@link #candidates} instead.
     */
    public record YearRanking(boolean found, List<Candidate> ranked) {
    }

    /** See {@link YearRanking}. */
    public YearRanking rankByYear(String query, QueryBuilder.Match match, Integer onlyYear, String type,
                                  String sector, int depth) throws IOException {
        YearTopHits top = new YearTopHits(Math.max(1, depth), onlyYear, yearGroups());
        Query phraseFirst = match == QueryBuilder.Match.NEAR ? queries.nearAsPhrase(query) : null;
        if (phraseFirst == null) {
            searcher.search(filtered(query, match, null, false, type, sector), top);
        } else {
            rankNearPhraseFirst(query, phraseFirst, type, sector, top);
        }
        if (!top.found()) {
            return new YearRanking(false, List.of());
        }
        List<ScoreDoc[]> byYear = top.bestByYear();
        // the doc values of the chosen hits, read segment by segment in document order
        List<ScoreDoc> all = new ArrayList<>();
        byYear.forEach(y -> all.addAll(List.of(y)));
        all.sort(Comparator.comparingInt(sd -> sd.doc));
        Map<Integer, Candidate> read = new HashMap<>();
        QueryBuilder.Parsed parsed = queries.parse(query);
        boolean partial = match == QueryBuilder.Match.SOME;
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        while (i < all.size()) {
            int leafOrd = org.apache.lucene.index.ReaderUtil.subIndex(all.get(i).doc, leaves);
            LeafReaderContext leaf = leaves.get(leafOrd);
            int end = leaf.docBase + leaf.reader().maxDoc();
            NumericDocValues keys = DocValues.getNumeric(leaf.reader(), IndexFields.PASSAGE_KEY);
            NumericDocValues pages = DocValues.getNumeric(leaf.reader(), IndexFields.PASSAGE_PAGE);
            NumericDocValues years = DocValues.getNumeric(leaf.reader(), IndexFields.YEAR);
            SortedDocValues contents = DocValues.getSorted(leaf.reader(), IndexFields.CONTENT);
            for (; i < all.size() && all.get(i).doc < end; i++) {
                ScoreDoc sd = all.get(i);
                int doc = sd.doc - leaf.docBase;
                if (!keys.advanceExact(doc) || !contents.advanceExact(doc)) {
                    return new YearRanking(true, null);
                }
                Integer page = pages.advanceExact(doc) ? (int) pages.longValue() : null;
                Integer year = years.advanceExact(doc) ? (int) years.longValue() : null;
                read.put(sd.doc, new Candidate(sd.doc, sd.score, partial, parsed, keys.longValue(), page, year,
                        leafOrd, contents.ordValue()));
            }
        }
        List<Candidate> ranked = new ArrayList<>(all.size());
        byYear.forEach(y -> {
            for (ScoreDoc sd : y) {
                ranked.add(read.get(sd.doc));
            }
        });
        return new YearRanking(true, ranked);
    }

    /**
     * The {@code NEAR} ranking in two parts, giving what one search of {@code NEAR} gives: first the hits that
     * hold the syllables side by side (the exact phrase as the filter: no sloppy phrase to match), each with
     * its {@code NEAR} score; then, only if one of them could still enter a year's ranking, the other hits
     * of {@code NEAR} (its sloppy filter, the phrase's hits excluded). They cannot when every year's ranking
     * is full and the highest score a hit without the phrase can have ({@link QueryBuilder#nearWithoutPhraseTier},
     * Lucene's upper bound of the scores of each segment) is below the last place of every year: the phrase
     * lifts a hit by 40 a syllable, and a query found side by side hundreds of times a year (the statuses,
     * the programmes) then never matches the sloppy phrase over the hundreds of thousands of documents that
     * hold its syllables.
     */
    private void rankNearPhraseFirst(String query, Query phraseFirst, String type, String sector, YearTopHits top)
            throws IOException {
        searcher.search(filtered(phraseFirst, null, false, type, sector), top);
        float lastPlace = top.lowestLastPlace();
        if (lastPlace > Float.NEGATIVE_INFINITY
                && highestScore(filtered(queries.nearWithoutPhraseTier(query), null, false, type, sector)) < lastPlace) {
            return;
        }
        Query rest = new BooleanQuery.Builder()
                .add(filtered(query, QueryBuilder.Match.NEAR, null, false, type, sector), Occur.MUST)
                .add(queries.phrase(query), Occur.MUST_NOT).build();
        searcher.search(rest, top);
    }

    /** The highest score any document can have for a query: Lucene's upper bound, segment by segment. */
    private float highestScore(Query q) throws IOException {
        org.apache.lucene.search.Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1f);
        float max = Float.NEGATIVE_INFINITY;
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.search.Scorer s = w.scorer(leaf);
            if (s != null) {
                s.advanceShallow(0);
                max = Math.max(max, s.getMaxScore(org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS));
            }
        }
        return max;
    }

    /** How many years the passages and records have, the hits of no known year counting as one more; once. */
    private int yearGroups() throws IOException {
        if (yearGroups < 0) {
            Set<Long> years = new java.util.HashSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.YEAR);
                for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
                    years.add(values.longValue());
                }
            }
            Query yearless = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new FieldExistsQuery(IndexFields.YEAR), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.PATH_KIND)), Occur.MUST_NOT).build();
            yearGroups = years.size() + (searcher.count(yearless) > 0 ? 1 : 0);
        }
        return yearGroups;
    }

    /**
     * True when two candidates are held by the same file now (what {@link SearchHit#file()} of each would
     * be): a content's hits share its file, so only hits of two contents need their files looked up.
     */
    public boolean sameFile(Candidate a, Candidate b, Map<String, String> whereNow) {
        if (a.leaf >= 0 && a.leaf == b.leaf) {
            if (a.contentOrd == b.contentOrd) {
                return true;
            }
        } else if (Objects.equals(hashOf(a), hashOf(b))) {
            return true;
        }
        return fileOf(a, whereNow).equals(fileOf(b, whereNow));
    }

    /** The content hash of a candidate (read from the doc values' terms when it was ranked from them). */
    private String hashOf(Candidate c) {
        if (c.hash == null && c.leaf >= 0) {
            try {
                SortedDocValues contents = DocValues.getSorted(reader.leaves().get(c.leaf).reader(), IndexFields.CONTENT);
                c.hash = contents.lookupOrd(c.contentOrd).utf8ToString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return c.hash;
    }

    private String fileOf(Candidate c, Map<String, String> whereNow) {
        String hash = hashOf(c);
        if (c.readFrom == null) {
            try {
                c.readFrom = searcher.storedFields().document(c.id, Set.of(IndexFields.FILE)).get(IndexFields.FILE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return whereNow.computeIfAbsent(hash, h -> firstPath(h, c.readFrom));
    }

    /** The chosen candidates as whole hits (the file that holds each now, its record, its highlights), in order. */
    public List<SearchHit> hits(List<Candidate> chosen) throws IOException {
        // read in index order: a passage and the records read from it share a compressed block of stored fields
        Integer[] byId = new Integer[chosen.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        java.util.Arrays.sort(byId, Comparator.comparingInt(i -> chosen.get(i).id));
        Document[] docs = new Document[chosen.size()];
        var stored = searcher.storedFields();
        for (int i : byId) {
            docs[i] = stored.document(chosen.get(i).id);
        }
        // the file of every content shown, in one search
        Map<String, String> readFrom = new HashMap<>();
        for (Document d : docs) {
            readFrom.putIfAbsent(d.get(IndexFields.HASH), d.get(IndexFields.FILE));
        }
        Map<String, List<String>> paths = paths(readFrom.keySet());
        Map<String, String> whereNow = new HashMap<>();
        readFrom.forEach((hash, file) -> {
            List<String> p = paths.get(hash);
            whereNow.put(hash, p == null || p.isEmpty() ? file : p.get(0));
        });
        // a passage and the dozen records read from it have one text: it is highlighted once
        Map<String, List<int[]>> highlighted = new HashMap<>();
        List<SearchHit> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < docs.length; i++) {
            Candidate c = chosen.get(i);
            out.add(hit(docs[i], c.score, c.query, c.partial, whereNow, highlighted));
        }
        return out;
    }

    private SearchHit hit(Document d, float score, QueryBuilder.Parsed parsed, boolean partial, Map<String, String> whereNow) {
        return hit(d, score, parsed, partial, whereNow, new HashMap<>());
    }

    /** A hit read in full; {@code highlighted}: the spans of the texts highlighted already for this query. */
    private SearchHit hit(Document d, float score, QueryBuilder.Parsed parsed, boolean partial, Map<String, String> whereNow,
                          Map<String, List<int[]>> highlighted) {
        String text = d.get(IndexFields.TEXT);
        String file = whereNow.computeIfAbsent(d.get(IndexFields.HASH), h -> firstPath(h, d.get(IndexFields.FILE)));
        List<int[]> spans = text == null ? Highlights.of(null, parsed)
                : highlighted.computeIfAbsent(text, t -> Highlights.of(t, parsed));
        // each hit its own copy of the spans, as each had before
        List<int[]> own = new ArrayList<>(spans.size());
        spans.forEach(span -> own.add(span.clone()));
        return new SearchHit(d.get(IndexFields.DOC), file, intOrNull(d, IndexFields.YEAR),
                d.get(IndexFields.JURISDICTION), intOrNull(d, IndexFields.PAGE), d.get(IndexFields.SECTION),
                d.get(IndexFields.KIND), text, own, score, d.get(IndexFields.RECORD),
                partial, d.get(IndexFields.DOC_KIND), d.get(IndexFields.SECTOR));
    }

    /**
     * The document records (kind, number, date of each logical document) of the given documents, by
     * document id, in page order: what a reader names a document by ({@code Báo cáo 320/BC-UBND}).
     */
    public Map<String, List<SearchHit>> documentRecords(Set<String> docs) throws IOException {
        Map<String, List<SearchHit>> out = new HashMap<>();
        if (docs.isEmpty()) {
            return out;
        }
        // one search for all the documents: their document records in index order
        List<BytesRef> terms = docs.stream().filter(Objects::nonNull).map(BytesRef::new).toList();
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermInSetQuery(IndexFields.DOC, terms), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, "document")), Occur.FILTER).build();
        var stored = searcher.storedFields();
        Map<String, Integer> read = new HashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        for (int id : matching(q)) {
            Document d = stored.document(id);
            String doc = d.get(IndexFields.DOC);
            // at most 50 a document, as many as a document ever holds
            if (read.merge(doc, 1, Integer::sum) > 50) {
                continue;
            }
            List<SearchHit> found = out.computeIfAbsent(doc, k -> new ArrayList<>());
            // the same document held in two formats gives the same record twice
            if (seen.computeIfAbsent(doc, k -> new java.util.HashSet<>()).add(d.get(IndexFields.RECORD))) {
                found.add(new SearchHit(doc, d.get(IndexFields.FILE), intOrNull(d, IndexFields.YEAR),
                        d.get(IndexFields.JURISDICTION), intOrNull(d, IndexFields.PAGE), d.get(IndexFields.SECTION),
                        "document", d.get(IndexFields.TEXT), List.of(), 0f, d.get(IndexFields.RECORD)));
            }
        }
        for (String doc : docs) {
            List<SearchHit> found = out.computeIfAbsent(doc, k -> new ArrayList<>());
            found.sort(Comparator.comparing(SearchHit::page, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return out;
    }

    /** The ids of the documents a query matches, in index order. */
    private List<Integer> matching(Query q) throws IOException {
        List<Integer> ids = new ArrayList<>();
        searcher.search(q, new SimpleCollector() {
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) {
                ids.add(docBase + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return ids;
    }

    /**
     * The years that hold at least one hit ({@code null} for hits of no known year), newest first: so that a
     * year with one hit among thousands of another year's is still shown.
     */
    public List<Integer> years(String query, QueryBuilder.Match match, String type) throws IOException {
        return years(query, match, type, null);
    }

    /** The same, only of one sector when {@code sector} is not null. */
    public List<Integer> years(String query, QueryBuilder.Match match, String type, String sector) throws IOException {
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        boolean[] unknown = {false};
        searcher.search(filtered(query, match, null, false, type, sector), new SimpleCollector() {
            private NumericDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getNumeric(context.reader(), IndexFields.YEAR);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    years.add((int) values.longValue());
                } else {
                    unknown[0] = true;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<Integer> out = new ArrayList<>(years);
        if (unknown[0]) {
            out.add(null);
        }
        return out;
    }

    private Query filtered(String query, QueryBuilder.Match match, Integer year, boolean yearUnknown, String type,
                           String sector) {
        return filtered(queries.build(query, match), year, yearUnknown, type, sector);
    }

    private static Query filtered(Query built, Integer year, boolean yearUnknown, String type, String sector) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(built, Occur.MUST);
        b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), Occur.MUST_NOT);
        b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.PATH_KIND)), Occur.MUST_NOT);
        if (year != null) {
            b.add(IntPoint.newExactQuery(IndexFields.YEAR, year), Occur.FILTER);
        } else if (yearUnknown) {
            b.add(new FieldExistsQuery(IndexFields.YEAR), Occur.MUST_NOT);
        }
        if (type != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, type)), Occur.FILTER);
        }
        if (sector != null) {
            b.add(new TermQuery(new Term(IndexFields.SECTOR, sector)), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * How many documents of each kind the index holds: {@code file} (contents, one per hash),
     * {@code path} (files on disk that hold them), {@code passage}, and the five record types.
     */
    public Map<String, Long> counts() throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>(List.of("file", "path", "passage"));
        kinds.addAll(RecordType.ids());
        for (String kind : kinds) {
            out.put(kind, (long) searcher.count(new TermQuery(new Term(IndexFields.KIND, kind))));
        }
        return out;
    }

    public int totalDocs() throws IOException {
        return searcher.count(new MatchAllDocsQuery());
    }

    /** The documents the index holds: doc id, hash, pages, passages, records, and the files that hold it. */
    public List<Map<String, Object>> files() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), Integer.MAX_VALUE);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc", d.get(IndexFields.DOC));
            m.put("hash", d.get(IndexFields.HASH));
            m.put("pages", intOrNull(d, IndexFields.PAGES));
            m.put("passages", intOrNull(d, IndexFields.PASSAGES));
            m.put("records", intOrNull(d, IndexFields.RECORDS));
            m.put("files", paths(d.get(IndexFields.HASH)));
            out.add(m);
        }
        out.sort((a, b) -> String.valueOf(a.get("doc")).compareTo(String.valueOf(b.get("doc"))));
        return out;
    }

    /** The files that hold a content, sorted. */
    public List<String> paths(String hash) throws IOException {
        TermQuery q = new TermQuery(new Term(IndexFields.TARGET, hash));
        int n = searcher.count(q);
        List<String> out = new ArrayList<>();
        if (n > 0) {
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
                out.add(stored.document(sd.doc).get(IndexFields.PATH));
            }
        }
        out.sort(null);
        return out;
    }

    /** The files that hold each of some contents, sorted, in one search (a content no file holds: absent). */
    private Map<String, List<String>> paths(Set<String> hashes) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        List<BytesRef> terms = hashes.stream().filter(Objects::nonNull).map(BytesRef::new).toList();
        if (terms.isEmpty()) {
            return out;
        }
        var stored = searcher.storedFields();
        for (int id : matching(new TermInSetQuery(IndexFields.TARGET, terms))) {
            Document d = stored.document(id, Set.of(IndexFields.PATH, IndexFields.TARGET));
            out.computeIfAbsent(d.get(IndexFields.TARGET), h -> new ArrayList<>()).add(d.get(IndexFields.PATH));
        }
        out.values().forEach(p -> p.sort(null));
        return out;
    }

    /** Where a content is now (its first file), or where it was read from if no file links it. */
    private String firstPath(String hash, String readFrom) {
        try {
            List<String> p = hash == null ? List.of() : paths(hash);
            return p.isEmpty() ? readFrom : p.get(0);
        } catch (IOException e) {
            return readFrom;
        }
    }

    private static Integer intOrNull(Document d, String field) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
