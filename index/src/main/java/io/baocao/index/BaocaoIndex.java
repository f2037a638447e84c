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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk index (embedded Lucene, no server). A file goes in as one block of documents replacing
 * whatever its path held before, so readers never see half a file.
 */
public final class BaocaoIndex implements Closeable {
    private final FSDirectory directory;
    private final IndexWriter writer;

    private BaocaoIndex(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
    }

    public static BaocaoIndex open(Path dir) throws IOException {
        return new BaocaoIndex(dir);
    }

    /** Exact text keeps marks; the folded copy and everything else is keyword or folded. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzer.exact(),
                Map.of(IndexFields.TEXT_FOLDED, VietnameseAnalyzer.folded()));
    }

    /** True when a file with these bytes is already in the index (at any path). */
    public boolean containsHash(String hash) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.HASH, hash))) > 0;
        }
    }

    /** The hash the index holds for a path, or null. */
    public String hashOf(String path) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            var top = s.search(new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.FILE, path)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build(), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            return s.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.HASH);
        }
    }

    /** Every path the index holds. */
    public Set<String> paths() throws IOException {
        Set<String> out = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            var top = s.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), Integer.MAX_VALUE);
            for (var sd : top.scoreDocs) {
                out.add(s.storedFields().document(sd.doc).get(IndexFields.FILE));
            }
        }
        return out;
    }

    /** Adds a file, replacing what its path held, as one atomic block. */
    public void put(IngestedFile file) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(fileDocument(file));
        for (Passage p : file.passages()) {
            docs.add(passageDocument(file, p));
        }
        for (Record r : file.records()) {
            docs.add(recordDocument(file, r));
        }
        writer.updateDocuments(new Term(IndexFields.FILE, file.path()), docs);
    }

    /** Removes whatever a path holds. */
    public void remove(String path) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.FILE, path));
    }

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

    private static Document fileDocument(IngestedFile f) {
        Document d = base(f, IndexFields.FILE_KIND);
        d.add(new StoredField(IndexFields.PAGES, f.pages()));
        d.add(new StoredField(IndexFields.RECORDS, f.records().size()));
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
        if (p.context() != null && p.context().kind() != null) {
            d.add(new StringField(IndexFields.DOC_KIND, p.context().kind(), Field.Store.YES));
        }
        text(d, p.text(), "");
        return d;
    }

    private static Document recordDocument(IngestedFile f, Record r) {
        Document d = base(f, r.type().id());
        context(d, r.year, r.jurisdiction, r.page, r.section);
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

    private static void text(Document d, String text, String extra) {
        d.add(new TextField(IndexFields.TEXT, text, Field.Store.YES));
        d.add(new TextField(IndexFields.TEXT_FOLDED, text + " " + extra, Field.Store.NO));
        if (!extra.isBlank()) {
            d.add(new TextField(IndexFields.TEXT, extra, Field.Store.NO));
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (DocumentNumber.Found n : DocumentNumber.findAll(text + " " + extra)) {
            numbers.add(DocumentNumber.normalizeForMatch(n.canonical()));
        }
        for (String n : numbers) {
            d.add(new StringField(IndexFields.NUMBERS, n, Field.Store.NO));
        }
    }
}
