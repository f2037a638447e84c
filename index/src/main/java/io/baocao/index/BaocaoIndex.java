package io.baocao.index;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.model.Quantity;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.model.ReferenceRecord;
import io.baocao.extract.text.Passage;
import io.baocao.index.analysis.VietnameseAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk index (embedded Lucene, no server), written by one process at a time (Lucene's
 * {@code write.lock}, an OS lock that dies with its process), read by any number.
 *
 * <p>A document is identified by the hash of its bytes: its passages and records go in as one block
 * keyed by that hash, and small link documents say which paths hold it. The same bytes at a second
 * path add only a link; a path whose bytes change is relinked, and content no path links any more is
 * deleted. Changes become visible to readers at {@link #commit()}, all at once, so a reader (or the
 * index left by a killed process) never sees half a document.
 */
public final class BaocaoIndex implements Closeable {
    private final FSDirectory directory;
    private final IndexWriter writer;
    /** Near-real-time view of the writer's changes, for the lookups of the ingest itself. */
    private final SearcherManager searchers;
    private boolean stale;

    private BaocaoIndex(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriter w = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            w = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                // an empty first commit, so that search and stats can open the index before the first file lands
                w.commit();
            }
            this.writer = w;
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                w.close();
            }
            directory.close();
            throw e;
        }
        linkUnlinkedContent();
    }

    public static BaocaoIndex open(Path dir) throws IOException {
        return new BaocaoIndex(dir);
    }

    /** Exact text keeps marks; the folded copy and everything else is keyword or folded. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzer.exact(),
                Map.of(IndexFields.TEXT_FORMS, VietnameseAnalyzer.forms()));
    }

    /** True when content with these bytes is in the index (at any path). */
    public boolean containsHash(String hash) throws IOException {
        return lookup(s -> s.count(contentMarker(hash)) > 0);
    }

    /** The hash of the content a path holds in the index, or null. */
    public String hashOf(String path) throws IOException {
        return lookup(s -> {
            var top = s.search(new TermQuery(new Term(IndexFields.PATH, path)), 1);
            return top.scoreDocs.length == 0 ? null
                    : s.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.TARGET);
        });
    }

    /** The paths that hold a content, sorted. */
    public List<String> pathsOf(String hash) throws IOException {
        return lookup(s -> new ArrayList<>(storedValues(s, new TermQuery(new Term(IndexFields.TARGET, hash)),
                IndexFields.PATH)));
    }

    /** Every path the index holds. */
    public Set<String> paths() throws IOException {
        return lookup(s -> storedValues(s, new TermQuery(new Term(IndexFields.KIND, IndexFields.PATH_KIND)),
                IndexFields.PATH));
    }

    /**
     * Adds a content (its passages and records, as one block replacing whatever that hash held) and links
     * the file's path to it, dropping the content the path held before if nothing else links it.
     */
    public void put(IngestedFile file) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(fileDocument(file));
        for (Passage p : file.passages()) {
            docs.add(passageDocument(file, p));
        }
        for (Record r : file.records()) {
            docs.add(recordDocument(file, r));
        }
        writer.updateDocuments(new Term(IndexFields.HASH, file.hash()), docs);
        stale = true;
        link(file.path(), file.hash());
    }

    /** Says that a path holds a content already in the index (a copy, a renamed or moved file). */
    public void link(String path, String hash) throws IOException {
        String old = hashOf(path);
        if (hash.equals(old)) {
            return;
        }
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.PATH_KIND, Field.Store.YES));
        d.add(new StringField(IndexFields.PATH, path, Field.Store.YES));
        d.add(new StringField(IndexFields.TARGET, hash, Field.Store.YES));
        writer.updateDocument(new Term(IndexFields.PATH, path), d);
        stale = true;
        if (old != null) {
            dropIfUnlinked(old);
        }
    }

    /** Forgets a path, and its content if no other path holds it. */
    public void remove(String path) throws IOException {
        String old = hashOf(path);
        writer.deleteDocuments(new Term(IndexFields.PATH, path));
        stale = true;
        if (old != null) {
            dropIfUnlinked(old);
        }
    }

    /** Makes every change so far durable and visible to readers, as one step. */
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    private void dropIfUnlinked(String hash) throws IOException {
        if (pathsOf(hash).isEmpty()) {
            writer.deleteDocuments(new Term(IndexFields.HASH, hash));
            stale = true;
        }
    }

    /**
     * Indexes written before links existed hold content only: link each content to the path it was read
     * from, once.
     */
    private void linkUnlinkedContent() throws IOException {
        boolean hasLinks = lookup(s -> s.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.PATH_KIND))) > 0);
        if (hasLinks) {
            return;
        }
        List<String[]> unlinked = lookup(s -> {
            List<String[]> out = new ArrayList<>();
            var query = new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND));
            for (ScoreDoc sd : s.search(query, Math.max(1, s.count(query))).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                out.add(new String[] {d.get(IndexFields.FILE), d.get(IndexFields.HASH)});
            }
            return out;
        });
        for (String[] pathAndHash : unlinked) {
            link(pathAndHash[0], pathAndHash[1]);
        }
        if (!unlinked.isEmpty()) {
            commit();
        }
    }

    private static org.apache.lucene.search.Query contentMarker(String hash) {
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.HASH, hash)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
    }

    private static Set<String> storedValues(IndexSearcher s, org.apache.lucene.search.Query q, String field)
            throws IOException {
        Set<String> out = new TreeSet<>();
        int n = s.count(q);
        if (n == 0) {
            return out;
        }
        var stored = s.storedFields();
        for (ScoreDoc sd : s.search(q, n).scoreDocs) {
            out.add(stored.document(sd.doc).get(field));
        }
        return out;
    }

    private interface Lookup<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    /** Runs a lookup on a view that includes every change made so far, committed or not. */
    private <T> T lookup(Lookup<T> f) throws IOException {
        if (stale) {
            searchers.maybeRefreshBlocking();
            stale = false;
        }
        IndexSearcher s = searchers.acquire();
        try {
            return f.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    private static Document fileDocument(IngestedFile f) {
        Document d = base(f, IndexFields.FILE_KIND);
        d.add(new StoredField(IndexFields.PAGES, f.pages()));
        d.add(new StoredField(IndexFields.RECORDS, f.records().size()));
        d.add(new StoredField(IndexFields.PASSAGES, f.passages().size()));
        return d;
    }

    private static Document base(IngestedFile f, String kind) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
        d.add(new StringField(IndexFields.FILE, f.path(), Field.Store.YES));
        d.add(new StringField(IndexFields.HASH, f.hash(), Field.Store.YES));
        d.add(new StringField(IndexFields.DOC, f.docId(), Field.Store.YES));
        return d;
    }

    private static Document passageDocument(IngestedFile f, Passage p) {
        Document d = base(f, "passage");
        context(d, p.year(), p.jurisdiction(), p.page(), p.section());
        sector(d, p.sector());
        if (p.context() != null && p.context().kind() != null) {
            d.add(new StringField(IndexFields.DOC_KIND, p.context().kind(), Field.Store.YES));
        }
        text(d, p.text(), "");
        return d;
    }

    private static Document recordDocument(IngestedFile f, Record r) {
        Document d = base(f, r.type().id());
        context(d, r.year, r.jurisdiction, r.page, r.section);
        sector(d, r.sector);
        String extra = "";
        if (r instanceof Quantity q) {
            extra = (q.metric == null ? "" : q.metric) + " " + (q.raw == null ? "" : q.raw);
        } else if (r instanceof ReferenceRecord ref) {
            extra = (ref.raw == null ? "" : ref.raw) + " " + (ref.number == null ? "" : ref.number);
        } else if (r instanceof DocumentRecord doc) {
            extra = String.join(" ", nonNull(doc.kind, doc.number, doc.title, doc.issuer));
        }
        text(d, r.text == null ? extra : r.text, extra);
        d.add(new StoredField(IndexFields.RECORD, RecordJson.line(r)));
        return d;
    }

    private static List<String> nonNull(String... s) {
        List<String> out = new ArrayList<>();
        for (String x : s) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    private static void context(Document d, Integer year, String jurisdiction, Integer page, String section) {
        if (year != null) {
            d.add(new IntPoint(IndexFields.YEAR, year));
            d.add(new StoredField(IndexFields.YEAR, year));
            d.add(new NumericDocValuesField(IndexFields.YEAR, year));
        }
        if (jurisdiction != null) {
            d.add(new StringField(IndexFields.JURISDICTION, jurisdiction, Field.Store.YES));
        }
        if (page != null) {
            d.add(new StoredField(IndexFields.PAGE, page));
        }
        if (section != null) {
            d.add(new StoredField(IndexFields.SECTION, section));
        }
    }

    private static void sector(Document d, String sector) {
        if (sector != null) {
            d.add(new StringField(IndexFields.SECTOR, sector, Field.Store.YES));
        }
    }

    private static void text(Document d, String text, String extra) {
        d.add(new TextField(IndexFields.TEXT, text, Field.Store.YES));
        d.add(new TextField(IndexFields.TEXT_FORMS, text + " " + extra, Field.Store.NO));
        if (!extra.isBlank()) {
            d.add(new TextField(IndexFields.TEXT, extra, Field.Store.NO));
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (DocumentNumber.Found n : DocumentNumber.findAll(text + " " + extra)) {
            numbers.add(QueryBuilder.numberKey(n.canonical()));
        }
        for (String n : numbers) {
            d.add(new StringField(IndexFields.NUMBERS, n, Field.Store.NO));
        }
    }
}
