package io.baocao.index;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.model.RecordType;
import io.baocao.extract.text.TextFold;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index as it was last committed: a search running beside an ingest sees every file
 * committed so far and nothing half-written.
 */
public final class BaocaoSearcher implements Closeable {
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder();

    private BaocaoSearcher(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    public static BaocaoSearcher open(Path dir) throws IOException {
        return new BaocaoSearcher(dir);
    }

    /** Hits for a query, best first, optionally only of one year and one type. */
    public List<SearchHit> search(String query, Integer year, String type, int n) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(queries.build(query), Occur.MUST);
        b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), Occur.MUST_NOT);
        if (year != null) {
            b.add(IntPoint.newExactQuery(IndexFields.YEAR, year), Occur.FILTER);
        }
        if (type != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, type)), Occur.FILTER);
        }
        Query q = b.build();
        TopDocs top = searcher.search(q, n);
        List<String> folded = queries.foldedTokens(query);
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        Map<String, String> whereNow = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String text = d.get(IndexFields.TEXT);
            String file = whereNow.computeIfAbsent(d.get(IndexFields.HASH), h -> firstPath(h, d.get(IndexFields.FILE)));
            hits.add(new SearchHit(d.get(IndexFields.DOC), file, intOrNull(d, IndexFields.YEAR),
                    d.get(IndexFields.JURISDICTION), intOrNull(d, IndexFields.PAGE), d.get(IndexFields.SECTION),
                    d.get(IndexFields.KIND), text, highlights(text, folded, query), sd.score, d.get(IndexFields.RECORD)));
        }
        return hits;
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

    /** Where the query's syllables (folded) occur in the text, as [start, end) spans. */
    static List<int[]> highlights(String text, List<String> foldedTokens, String query) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String f = TextFold.fold(text);
        String phrase = String.join(" ", foldedTokens);
        int from = 0;
        boolean phraseFound = false;
        if (foldedTokens.size() > 1) {
            while ((from = f.indexOf(phrase, from)) >= 0) {
                if (boundary(f, from, from + phrase.length())) {
                    out.add(new int[] {from, from + phrase.length()});
                    phraseFound = true;
                }
                from += phrase.length();
            }
        }
        if (!phraseFound) {
            for (String t : foldedTokens) {
                int i = 0;
                while ((i = f.indexOf(t, i)) >= 0) {
                    if (boundary(f, i, i + t.length())) {
                        out.add(new int[] {i, i + t.length()});
                    }
                    i += t.length();
                }
            }
        }
        for (DocumentNumber.Found n : DocumentNumber.findAll(query)) {
            String want = DocumentNumber.normalizeForMatch(n.canonical());
            for (DocumentNumber.Found m : DocumentNumber.findAll(text)) {
                if (DocumentNumber.normalizeForMatch(m.canonical()).equals(want)) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private static boolean boundary(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
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
