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
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

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
    /*
     * What the index holds, kept in memory for the ingest's lookups (is this path's content unchanged? is
     * this content held already?): read once at open, then updated by put, link and remove as they go to
     * the writer. Asking Lucene instead meant a near-real-time reader reopened after every file, which
     * flushed a tiny segment per file (a quarter of ingest's CPU, see docs/PERFORMANCE.md). Like that
     * reader, this view includes the changes not committed yet; a killed process loses it with them.
     */
    /** The content (hash) each path holds. */
    private final Map<String, String> hashByPath = new HashMap<>();
    /** The paths that hold each content, sorted. */
    private final Map<String, TreeSet<String>> pathsByHash = new HashMap<>();
    /** The contents whose passages and records are in the index. */
    private final Set<String> contents = new HashSet<>();

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
            linkUnlinkedContent(load());
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                w.close();
            }
            directory.close();
            throw e;
        }
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
    public synchronized boolean containsHash(String hash) {
        return contents.contains(hash);
    }

    /** The hash of the content a path holds in the index, or null. */
    public synchronized String hashOf(String path) {
        return hashByPath.get(path);
    }

    /** The paths that hold a content, sorted. */
    public synchronized List<String> pathsOf(String hash) {
        TreeSet<String> p = pathsByHash.get(hash);
        return p == null ? new ArrayList<>() : new ArrayList<>(p);
    }

    /** Every path the index holds. */
    public synchronized Set<String> paths() {
        return new TreeSet<>(hashByPath.keySet());
    }

    /**
     * Adds a content (its passages and records, as one block replacing whatever that hash held) and links
     * the file's path to it, dropping the content the path held before if nothing else links it.
     */
    public synchronized void put(IngestedFile file) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(fileDocument(file));
        for (Passage p : file.passages()) {
            docs.add(passageDocument(file, p));
        }
        for (Record r : file.records()) {
            docs.add(recordDocument(file, r));
        }
        writer.updateDocuments(new Term(IndexFields.HASH, file.hash()), docs);
        contents.add(file.hash());
        link(file.path(), file.hash());
    }

    /** Says that a path holds a content already in the index (a copy, a renamed or moved file). */
    public synchronized void link(String path, String hash) throws IOException {
        String old = hashOf(path);
        if (hash.equals(old)) {
            return;
        }
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.PATH_KIND, Field.Store.YES));
        d.add(new StringField(IndexFields.PATH, path, Field.Store.YES));
        d.add(new StringField(IndexFields.TARGET, hash, Field.Store.YES));
        writer.updateDocument(new Term(IndexFields.PATH, path), d);
        held(path, hash);
        if (old != null) {
            dropIfUnlinked(old);
        }
    }

    /** Forgets a path, and its content if no other path holds it. */
    public synchronized void remove(String path) throws IOException {
        String old = hashOf(path);
        writer.deleteDocuments(new Term(IndexFields.PATH, path));
        held(path, null);
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
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Records in memory that a path holds a content (null: none any more). */
    private void held(String path, String hash) {
        String old = hash == null ? hashByPath.remove(path) : hashByPath.put(path, hash);
        if (old != null) {
            TreeSet<String> holders = pathsByHash.get(old);
            holders.remove(path);
            if (holders.isEmpty()) {
                pathsByHash.remove(old);
            }
        }
        if (hash != null) {
            pathsByHash.computeIfAbsent(hash, h -> new TreeSet<>()).add(path);
        }
    }

    private void dropIfUnlinked(String hash) throws IOException {
        if (!pathsByHash.containsKey(hash)) {
            writer.deleteDocuments(new Term(IndexFields.HASH, hash));
            contents.remove(hash);
        }
    }

    /**
     * Reads what the index holds into memory: the links (path to content) and the contents; returns the
     * contents with the path each was read from, in index order, for {@link #linkUnlinkedContent}.
     */
    private List<String[]> load() throws IOException {
        List<String[]> readFrom = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            var stored = s.storedFields();
            for (ScoreDoc sd : all(s, new TermQuery(new Term(IndexFields.KIND, IndexFields.PATH_KIND)))) {
                Document d = stored.document(sd.doc, Set.of(IndexFields.PATH, IndexFields.TARGET));
                held(d.get(IndexFields.PATH), d.get(IndexFields.TARGET));
            }
            for (ScoreDoc sd : all(s, new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)))) {
                Document d = stored.document(sd.doc, Set.of(IndexFields.FILE, IndexFields.HASH));
                contents.add(d.get(IndexFields.HASH));
                readFrom.add(new String[] {d.get(IndexFields.FILE), d.get(IndexFields.HASH)});
            }
        }
        return readFrom;
    }

    private static ScoreDoc[] all(IndexSearcher s, org.apache.lucene.search.Query q) throws IOException {
        int n = s.count(q);
        return n == 0 ? new ScoreDoc[0] : s.search(q, n).scoreDocs;
    }

    /**
     * Indexes written before links existed hold content only: link each content to the path it was read
     * from, once.
     */
    private void linkUnlinkedContent(List<String[]> contentReadFrom) throws IOException {
        if (!hashByPath.isEmpty()) {
            return;
        }
        for (String[] pathAndHash : contentReadFrom) {
            link(pathAndHash[0], pathAndHash[1]);
        }
        if (!contentReadFrom.isEmpty()) {
            commit();
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

    /**
     * A passage's or record's base, with its content hash as a doc value ({@link IndexFields#CONTENT}) for a
     * search's choice of hits. New fields, not doc values added to {@code hash} and {@code page}: Lucene
     * refuses a field whose doc values differ from what an index written before holds.
     */
    private static Document hitBase(IngestedFile f, String kind) {
        Document d = base(f, kind);
        d.add(new SortedDocValuesField(IndexFields.CONTENT, new BytesRef(f.hash())));
        return d;
    }

    private static Document passageDocument(IngestedFile f, Passage p) {
        Document d = hitBase(f, "passage");
        context(d, p.year(), p.jurisdiction(), p.page(), p.section());
        sector(d, p.sector());
        d.add(new NumericDocValuesField(IndexFields.PASSAGE_KEY, PassageKey.of(f.docId(), p.text())));
        if (p.context() != null && p.context().kind() != null) {
            d.add(new StringField(IndexFields.DOC_KIND, p.context().kind(), Field.Store.YES));
        }
        text(d, p.text(), "");
        return d;
    }

    private static Document recordDocument(IngestedFile f, Record r) {
        Document d = hitBase(f, r.type().id());
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
        d.add(new NumericDocValuesField(IndexFields.PASSAGE_KEY, PassageKey.of(f.docId(), r.text == null ? extra : r.text)));
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
            d.add(new NumericDocValuesField(IndexFields.PASSAGE_PAGE, page));
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
