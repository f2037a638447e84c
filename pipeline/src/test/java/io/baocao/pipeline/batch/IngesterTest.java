package io.baocao.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.index.BaocaoSearcher;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.IndexAudit;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are identified by their bytes: what a second run, a copy, a change, a move or a deletion does. */
class IngesterTest {
    static final Path NQ = Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf");
    static final Path KH = Corpus.file("cantho-2023-ke-hoach-22.pdf");

    @TempDir
    Path dir;
    Path files;
    Path index;

    @BeforeEach
    void folders() throws IOException {
        files = Files.createDirectories(dir.resolve("files"));
        index = dir.resolve("index");
    }

    @Test
    void theSameFileTwiceAddsNothing() throws Exception {
        Path a = copy(NQ, "a.pdf");
        assertEquals("ok", ingest(a).get(0).status());
        IndexAudit.Totals once = IndexAudit.check(index);
        Ingester.FileReport again = ingest(a).get(0);
        assertEquals("skipped", again.status());
        assertEquals("already indexed, unchanged", again.reason());
        assertEquals(once, IndexAudit.check(index));
    }

    @Test
    void aRenamedCopyAddsNothing() throws Exception {
        Path a = copy(NQ, "a.pdf");
        ingest(a);
        IndexAudit.Totals before = IndexAudit.check(index);
        Path b = copy(NQ, "renamed copy.pdf");
        Ingester.FileReport r = ingest(b).get(0);
        assertEquals("skipped", r.status());
        assertEquals("same content as " + a.toAbsolutePath() + ", already indexed", r.reason());
        IndexAudit.Totals after = IndexAudit.check(index);
        assertEquals(before.documents(), after.documents());
        assertEquals(before.passages(), after.passages());
        assertEquals(before.records(), after.records());
        assertEquals(2, after.files());
    }

    @Test
    void aChangedFileReplacesItsRecords() throws Exception {
        Path p = copy(NQ, "report.pdf");
        ingest(p);
        Files.copy(KH, p, StandardCopyOption.REPLACE_EXISTING);
        Ingester.FileReport r = ingest(p).get(0);
        assertEquals("ok", r.status());
        IndexAudit.Totals t = IndexAudit.check(index);
        assertEquals(1, t.documents());
        assertEquals(r.records().longValue(), t.records(), "only the new version's records");
        try (IndexSink idx = IndexSink.open(index)) {
            assertEquals(Ingester.sha256(KH), idx.hashOf(p.toAbsolutePath().toString()));
            assertTrue(!idx.holds(Ingester.sha256(NQ)));
        }
    }

    @Test
    void pruneRemovesDocumentsWhoseFilesAreGone() throws Exception {
        Path a = copy(NQ, "a.pdf");
        Path b = copy(KH, "b.pdf");
        ingest(a, b);
        long recordsOfA = IndexAudit.check(index).records();
        Files.delete(b);
        try (IndexSink idx = IndexSink.open(index)) {
            assertEquals(List.of(b.toAbsolutePath().toString()), new Ingester(new Pipeline()).prune(idx));
        }
        IndexAudit.Totals t = IndexAudit.check(index);
        assertEquals(1, t.documents());
        assertEquals(1, t.files());
        assertTrue(t.records() < recordsOfA);
    }

    @Test
    void aMovedFileKeepsItsDocumentThroughPrune() throws Exception {
        Path a = copy(NQ, "a.pdf");
        ingest(a);
        IndexAudit.Totals before = IndexAudit.check(index);
        Path moved = Files.move(a, Files.createDirectories(files.resolve("2022")).resolve("a.pdf"));
        try (IndexSink idx = IndexSink.open(index)) {
            Ingester ingester = new Ingester(new Pipeline());
            assertEquals("skipped", ingester.ingest(List.of(moved), idx, quiet()).get(0).status());
            assertEquals(List.of(a.toAbsolutePath().toString()), ingester.prune(idx));
        }
        IndexAudit.Totals after = IndexAudit.check(index);
        assertEquals(before.records(), after.records());
        assertEquals(1, after.files());
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            assertEquals(moved.toAbsolutePath().toString(), s.search("Hội đồng nhân dân", null, null, 1).get(0).file());
        }
    }

    @Test
    void aFileDeletedMidRunIsReportedAndTheRestIngested() throws Exception {
        Path a = copy(NQ, "a.pdf");
        Path b = copy(KH, "b.pdf");
        Path c = copy(Corpus.file("cantho-2024-phu-luc-320.pdf"), "c.pdf");
        List<Path> listed = List.of(a, b, c);
        List<Ingester.FileReport> reports;
        try (IndexSink idx = IndexSink.open(index)) {
            reports = new Ingester(new Pipeline()).ingest(listed, idx, new Ingester.Progress() {
                @Override
                public void started(Path file) {
                    if (file.equals(b)) {
                        try {
                            Files.delete(c); // listed, then gone before its turn
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }

                @Override
                public void finished(Ingester.FileReport r) {
                }
            });
        }
        assertEquals(List.of("ok", "ok", "failed"), reports.stream().map(Ingester.FileReport::status).toList());
        assertEquals("file not found (no such file, or deleted while the batch ran)", reports.get(2).reason());
        assertEquals(2, IndexAudit.check(index).documents());
    }

    @Test
    void twoReadersAtOnceGiveWhatOneGives() throws Exception {
        Path a = copy(NQ, "a.pdf");
        Path b = copy(KH, "b.pdf");
        Path copyOfA = copy(NQ, "copy of a.pdf");
        Path broken = Files.writeString(files.resolve("broken.pdf"), "%PDF-1.7 not a PDF after all");
        Path copyOfBroken = Files.writeString(files.resolve("copy of broken.pdf"), "%PDF-1.7 not a PDF after all");
        Path c = copy(Corpus.file("cantho-2024-phu-luc-320.pdf"), "c.pdf");
        List<Path> listed = List.of(a, broken, b, copyOfA, copyOfBroken, c);
        Path oneAtATime = dir.resolve("index-1");
        Path twoAtOnce = dir.resolve("index-2");
        List<Ingester.FileReport> one;
        List<Ingester.FileReport> two;
        try (IndexSink idx = IndexSink.open(oneAtATime)) {
            one = new Ingester(new Pipeline()).ingest(listed, idx, quiet());
        }
        try (IndexSink idx = IndexSink.open(twoAtOnce)) {
            two = new Ingester(List.of(new InProcessExtractor(new Pipeline()), new InProcessExtractor(new Pipeline())))
                    .ingest(listed, idx, quiet());
        }
        assertEquals(List.of("ok", "failed", "ok", "skipped", "failed", "ok"),
                two.stream().map(Ingester.FileReport::status).toList());
        assertEquals("same content as " + a.toAbsolutePath() + ", already indexed", two.get(3).reason());
        for (int i = 0; i < listed.size(); i++) {
            Ingester.FileReport x = one.get(i);
            Ingester.FileReport y = two.get(i);
            assertEquals(List.of(x.path(), x.status(), String.valueOf(x.reason()), String.valueOf(x.records())),
                    List.of(y.path(), y.status(), String.valueOf(y.reason()), String.valueOf(y.records())));
        }
        assertEquals(IndexAudit.check(oneAtATime), IndexAudit.check(twoAtOnce));
        // and again: nothing is read twice
        try (IndexSink idx = IndexSink.open(twoAtOnce)) {
            List<Ingester.FileReport> again = new Ingester(List.of(new InProcessExtractor(new Pipeline()),
                    new InProcessExtractor(new Pipeline()))).ingest(listed, idx, quiet());
            assertEquals(List.of("skipped", "failed", "skipped", "skipped", "failed", "skipped"),
                    again.stream().map(Ingester.FileReport::status).toList());
        }
        assertEquals(IndexAudit.check(oneAtATime), IndexAudit.check(twoAtOnce));
    }

    private Path copy(Path from, String name) throws IOException {
        return Files.copy(from, files.resolve(name));
    }

    private List<Ingester.FileReport> ingest(Path... paths) throws IOException {
        try (IndexSink idx = IndexSink.open(index)) {
            return new Ingester(new Pipeline()).ingest(List.of(paths), idx, quiet());
        }
    }

    static Ingester.Progress quiet() {
        return new Ingester.Progress() {
            @Override
            public void started(Path file) {
            }

            @Override
            public void finished(Ingester.FileReport r) {
            }
        };
    }
}
