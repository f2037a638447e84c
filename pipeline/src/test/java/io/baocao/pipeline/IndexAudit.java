package io.baocao.pipeline;

import io.baocao.index.IndexFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Reads an index the way a search does (its last commit) and checks that every document in it is
 * whole: as many passages and records as its marker says, and at least one file linking it.
 */
public final class IndexAudit {
    /** What a commit holds: documents, files, passages, records. */
    public record Totals(long documents, long files, long passages, long records) {
    }

    private IndexAudit() {
    }

    /** The totals of the last commit; fails if any document in it is incomplete. */
    public static Totals check(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            var stored = s.storedFields();
            long passages = 0;
            long records = 0;
            List<String> problems = new ArrayList<>();
            TermQuery markers = new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND));
            int n = s.count(markers);
            for (ScoreDoc sd : n == 0 ? new ScoreDoc[0] : s.search(markers, n).scoreDocs) {
                Document d = stored.document(sd.doc);
                String hash = d.get(IndexFields.HASH);
                long wantPassages = d.getField(IndexFields.PASSAGES).numericValue().longValue();
                long wantRecords = d.getField(IndexFields.RECORDS).numericValue().longValue();
                long havePassages = s.count(and(IndexFields.HASH, hash, IndexFields.KIND, "passage"));
                long haveAll = s.count(new TermQuery(new Term(IndexFields.HASH, hash)));
                long haveRecords = haveAll - havePassages - 1;
                long links = s.count(new TermQuery(new Term(IndexFields.TARGET, hash)));
                if (havePassages != wantPassages || haveRecords != wantRecords || links == 0) {
                    problems.add(d.get(IndexFields.DOC) + ": " + havePassages + "/" + wantPassages + " passages, "
                            + haveRecords + "/" + wantRecords + " records, " + links + " links");
                }
                passages += havePassages;
                records += haveRecords;
            }
            if (!problems.isEmpty()) {
                throw new AssertionError("incomplete documents in " + index + ": " + problems);
            }
            long files = s.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.PATH_KIND)));
            return new Totals(n, files, passages, records);
        }
    }

    /** Records per type of the last commit. */
    public static Map<String, Long> recordsPerType(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            Map<String, Long> out = new TreeMap<>();
            for (String t : List.of("document", "figure", "percentage", "reference", "status")) {
                out.put(t, (long) s.count(new TermQuery(new Term(IndexFields.KIND, t))));
            }
            return out;
        }
    }

    private static BooleanQuery and(String f1, String v1, String f2, String v2) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(f1, v1)), Occur.FILTER)
                .add(new TermQuery(new Term(f2, v2)), Occur.FILTER).build();
    }
}
