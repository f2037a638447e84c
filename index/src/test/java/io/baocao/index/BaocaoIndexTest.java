package io.baocao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents identified by content hash, linked from the paths that hold them, on a real index on disk. */
class BaocaoIndexTest {
    @TempDir
    Path dir;

    @Test
    void aNewIndexCanBeSearchedBeforeTheFirstFile() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
                assertEquals(0, s.totalDocs());
            }
        }
    }

    @Test
    void theSameBytesAtASecondPathAddOnlyALink() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/a/bao-cao.pdf", "h1", 3, 2));
            index.commit();
            Map<String, Long> before = counts();
            index.link("/b/copy.pdf", "h1");
            index.commit();
            Map<String, Long> after = counts();
            assertEquals(before.get("passage"), after.get("passage"));
            assertEquals(before.get("figure"), after.get("figure"));
            assertEquals(1L, after.get("file"));
            assertEquals(2L, after.get("path"));
            assertEquals(List.of("/a/bao-cao.pdf", "/b/copy.pdf"), index.pathsOf("h1"));
        }
    }

    @Test
    void aChangedFileReplacesItsContentAndTheOldOneGoesWhenNothingHoldsIt() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/a.pdf", "old", 3, 2));
            index.commit();
            index.put(file("/a.pdf", "new", 5, 1));
            index.commit();
            assertEquals("new", index.hashOf("/a.pdf"));
            assertFalse(index.containsHash("old"));
            Map<String, Long> c = counts();
            assertEquals(1L, c.get("file"));
            assertEquals(5L, c.get("passage"));
            assertEquals(1L, c.get("figure"));
        }
    }

    @Test
    void contentStaysWhileAnotherPathHoldsIt() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/a.pdf", "h", 2, 2));
            index.link("/moved/a.pdf", "h");
            index.remove("/a.pdf");
            index.commit();
            assertTrue(index.containsHash("h"));
            assertEquals(Set.of("/moved/a.pdf"), index.paths());
            index.remove("/moved/a.pdf");
            index.commit();
            assertFalse(index.containsHash("h"));
            assertEquals(0L, counts().get("passage"));
        }
    }

    @Test
    void searchShowsWhereTheContentIsNow() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/old/place.pdf", "h", 1, 0));
            index.link("/new/place.pdf", "h");
            index.remove("/old/place.pdf");
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            assertEquals("/new/place.pdf", s.search("giải ngân", null, null, 1).get(0).file());
        }
    }

    @Test
    void readersSeeNothingUntilCommit() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/a.pdf", "h", 4, 3));
            try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
                assertEquals(0, s.totalDocs());
            }
            index.commit();
            try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
                assertEquals(1 + 4 + 3, s.totalDocs() - 1); // content marker, passages, records; plus the link
            }
        }
    }

    @Test
    void whatTheIndexHoldsIsReadBackWhenItIsOpenedAgain() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/a.pdf", "ha", 2, 1));
            index.put(file("/b.pdf", "hb", 1, 1));
            index.link("/copy-of-a.pdf", "ha");
            index.put(file("/b.pdf", "hb2", 1, 0));
            index.commit();
        }
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            assertEquals(Set.of("/a.pdf", "/b.pdf", "/copy-of-a.pdf"), index.paths());
            assertEquals(List.of("/a.pdf", "/copy-of-a.pdf"), index.pathsOf("ha"));
            assertEquals("hb2", index.hashOf("/b.pdf"));
            assertTrue(index.containsHash("ha"));
            assertFalse(index.containsHash("hb"));
            // the content of /a.pdf goes only when its copy goes too: the links were read back, not guessed
            index.remove("/a.pdf");
            assertTrue(index.containsHash("ha"));
            index.remove("/copy-of-a.pdf");
            assertFalse(index.containsHash("ha"));
            index.commit();
            Map<String, Long> c = counts();
            assertEquals(0L, c.get("figure"));
            assertEquals(1L, c.get("passage"));
            assertEquals(1L, c.get("file"));
        }
    }

    @Test
    void changesNotCommittedAreNotReadBack() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(file("/a.pdf", "ha", 1, 1));
            index.commit();
        }
        // what a killed ingest leaves: the writer's last commit (a second writer cannot open it while the
        // first holds write.lock, so the uncommitted put is written by a plain writer that never commits)
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(BaocaoIndex.analyzer()).setCommitOnClose(false))) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.KIND, IndexFields.PATH_KIND, Field.Store.YES));
            doc.add(new StringField(IndexFields.PATH, "/b.pdf", Field.Store.YES));
            doc.add(new StringField(IndexFields.TARGET, "ha", Field.Store.YES));
            w.addDocument(doc);
        }
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            assertEquals(Set.of("/a.pdf"), index.paths());
            assertEquals("ha", index.hashOf("/a.pdf"));
        }
    }

    @Test
    void oneWriterAtATime() throws Exception {
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            assertThrows(LockObtainFailedException.class, () -> BaocaoIndex.open(dir));
        }
        BaocaoIndex.open(dir).close();
    }

    @Test
    void anIndexWrittenBeforeLinksGetsThem() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(BaocaoIndex.analyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.KIND, IndexFields.FILE_KIND, Field.Store.YES));
            doc.add(new StringField(IndexFields.FILE, "/legacy.pdf", Field.Store.YES));
            doc.add(new StringField(IndexFields.HASH, "h0", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            assertEquals("h0", index.hashOf("/legacy.pdf"));
            assertNull(index.hashOf("/other.pdf"));
        }
    }

    private Map<String, Long> counts() throws Exception {
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            return s.counts();
        }
    }

    private static IngestedFile file(String path, String hash, int passages, int figures) {
        DocumentContext ctx = new DocumentContext("d", "Báo cáo", 2024, "thành phố Cần Thơ");
        List<Passage> ps = new java.util.ArrayList<>();
        for (int i = 0; i < passages; i++) {
            ps.add(new Passage("d", i + 1, null, "Kết quả giải ngân vốn đầu tư công đoạn " + i, Passage.Kind.SENTENCE,
                    ctx, null));
        }
        List<Record> rs = new java.util.ArrayList<>();
        for (int i = 0; i < figures; i++) {
            FigureRecord f = new FigureRecord().from(ps.get(i % ps.size()));
            f.value = 1.0 + i;
            f.unit = "tỷ đồng";
            rs.add(f);
        }
        return new IngestedFile(path, hash, "d", passages, ps, rs);
    }
}
