package io.baocao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Every record of the index (or every record matching a query), in index order, unranked and uncapped:
 * what an export writes. Reads the last commit, like {@link BaocaoSearcher}; with no query the records
 * it gives per type are exactly the counts {@link BaocaoSearcher#counts()} reports.
 */
public final class RecordScan implements Closeable {
    /** The record types of the contract, in the order exports list them. */
    public static final List<String> TYPES = List.of("document", "figure", "percentage", "reference", "status");

    /** What to export: a query (null or blank for all records), and optional year, type and jurisdiction. */
    public record Filter(String query, Integer year, String type, String jurisdiction) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    /** One stored record: its type, its JSON line (as the contract writes it), and the file it was read from. */
    public record StoredRecord(String type, String json, String file) {
    }

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private RecordScan(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        try {
            this.reader = DirectoryReader.open(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.searcher = new IndexSearcher(reader);
    }

    public static RecordScan open(Path dir) throws IOException {
        return new RecordScan(dir);
    }

    /** Calls {@code each} for every matching record, in index order; returns how many there were. */
    public long forEach(Filter filter, Consumer<StoredRecord> each) throws IOException {
        List<Integer> ids = new ArrayList<>();
        searcher.search(query(filter), new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                ids.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        ids.sort(null);
        var stored = searcher.storedFields();
        for (int id : ids) {
            Document d = stored.document(id);
            each.accept(new StoredRecord(d.get(IndexFields.KIND), d.get(IndexFields.RECORD), d.get(IndexFields.FILE)));
        }
        return ids.size();
    }

    /** How many records match. */
    public long count(Filter filter) throws IOException {
        return searcher.count(query(filter));
    }

    static Query query(Filter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (f.query() != null && !f.query().isBlank()) {
            b.add(new QueryBuilder().build(f.query()), Occur.MUST);
        }
        if (f.type() != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, f.type())), Occur.FILTER);
        } else {
            BooleanQuery.Builder anyType = new BooleanQuery.Builder();
            for (String t : TYPES) {
                anyType.add(new TermQuery(new Term(IndexFields.KIND, t)), Occur.SHOULD);
            }
            b.add(anyType.build(), Occur.FILTER);
        }
        if (f.year() != null) {
            b.add(IntPoint.newExactQuery(IndexFields.YEAR, f.year()), Occur.FILTER);
        }
        if (f.jurisdiction() != null) {
            b.add(new TermQuery(new Term(IndexFields.JURISDICTION, f.jurisdiction())), Occur.FILTER);
        }
        return b.build();
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
