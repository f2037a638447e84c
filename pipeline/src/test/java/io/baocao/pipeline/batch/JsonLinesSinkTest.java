package io.baocao.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.BadFiles;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --jsonl}: the records of every file read, once, as {@code baocao extract} writes them, whatever
 * runs came before, what they were interrupted by, or which files changed in between.
 */
class JsonLinesSinkTest {
    static final Path NQ = Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf");
    static final Path KH = Corpus.file("cantho-2023-ke-hoach-22.docx");
    static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path dir;
    Path files;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        files = Files.createDirectories(dir.resolve("files"));
        out = dir.resolve("out/records.jsonl");
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheGoodOnesWrittenAsExtractWritesThem() throws Exception {
        Path a = Files.copy(NQ, files.resolve("a.pdf"));
        Path broken = BadFiles.truncated(files);
        Path b = Files.copy(KH, files.resolve("b.docx"));
        List<Ingester.FileReport> r = ingest(a, broken, b);
        assertEquals(List.of("ok", "failed", "ok"), r.stream().map(Ingester.FileReport::status).toList());
        assertTrue(r.get(1).reason().startsWith("truncated PDF"), r.get(1).reason());
        List<String> want = concat(lines(a), lines(b));
        assertSameLines(want, Files.readAllLines(out, StandardCharsets.UTF_8));
        assertEquals(want.size(), r.get(0).records() + r.get(2).records());
    }

    @Test
    void aRerunWritesNothingAndACopyAddsNothing() throws Exception {
        Path a = Files.copy(NQ, files.resolve("a.pdf"));
        Path b = Files.copy(KH, files.resolve("b.docx"));
        ingest(a, b);
        byte[] once = Files.readAllBytes(out);
        Path copy = Files.copy(NQ, files.resolve("copy of a.pdf"));
        List<Ingester.FileReport> again = ingest(a, b, copy);
        assertEquals(List.of("skipped", "skipped", "skipped"), again.stream().map(Ingester.FileReport::status).toList());
        assertEquals("same content as " + a.toAbsolutePath() + ", already indexed", again.get(2).reason());
        assertArrayEquals(once, Files.readAllBytes(out), "not one line twice");
        try (JsonLinesSink s = JsonLinesSink.open(out)) {
            assertEquals(List.of(a.toAbsolutePath().toString(), copy.toAbsolutePath().toString()),
                    s.pathsOf(Ingester.sha256(NQ)));
        }
    }

    @Test
    void aChangedFileReplacesItsLinesAndPruneRemovesAFileThatIsGone() throws Exception {
        Path a = Files.copy(NQ, files.resolve("a.pdf"));
        Path b = Files.copy(KH, files.resolve("b.docx"));
        ingest(a, b);
        List<String> bLines = lines(b);
        Files.copy(Corpus.file("cantho-2023-ke-hoach-22.pdf"), a, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("ok", ingest(a).get(0).status());
        List<String> aLines = lines(a);
        assertSameLines(concat(bLines, aLines), Files.readAllLines(out, StandardCharsets.UTF_8));
        Files.delete(b);
        try (JsonLinesSink s = JsonLinesSink.open(out)) {
            assertEquals(List.of(b.toAbsolutePath().toString()), new Ingester(PIPELINE).prune(s));
        }
        assertSameLines(aLines, Files.readAllLines(out, StandardCharsets.UTF_8));
        assertEquals("skipped", ingest(a).get(0).status());
    }

    @Test
    void whatAKilledRunAppendedAfterItsLastCommitIsCutAndReadAgain() throws Exception {
        Path a = Files.copy(NQ, files.resolve("a.pdf"));
        Path b = Files.copy(KH, files.resolve("b.docx"));
        ingest(a);
        // a run killed mid-append: half a record line after the committed bytes
        Files.writeString(out, lines(b).get(0).substring(0, 40), StandardOpenOption.APPEND);
        List<Ingester.FileReport> r = ingest(a, b);
        assertEquals(List.of("skipped", "ok"), r.stream().map(Ingester.FileReport::status).toList());
        assertSameLines(concat(lines(a), lines(b)), Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    @Test
    void aRunKilledBetweenSwitchingToTheCompactedFileAndMovingItFinishesOnOpen() throws Exception {
        // the state a kill leaves there: the manifest names OUT.compacting (marked), OUT still the old file
        Path a = Files.copy(NQ, files.resolve("a.pdf"));
        Path b = Files.copy(KH, files.resolve("b.docx"));
        ingest(a, b);
        Path justA = dir.resolve("just-a/records.jsonl");
        try (JsonLinesSink s = JsonLinesSink.open(justA)) {
            new Ingester(PIPELINE).ingest(List.of(a), s, IngesterTest.quiet());
        }
        Files.copy(justA, out.resolveSibling("records.jsonl.compacting"));
        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(JsonLinesSink.manifestOf(justA).toFile());
        manifest.put("compacting", true);
        new ObjectMapper().writeValue(JsonLinesSink.manifestOf(out).toFile(), manifest);
        try (JsonLinesSink s = JsonLinesSink.open(out)) {
            assertEquals(java.util.Set.of(a.toAbsolutePath().toString()), s.paths());
        }
        assertSameLines(lines(a), Files.readAllLines(out, StandardCharsets.UTF_8));
        assertTrue(Files.notExists(out.resolveSibling("records.jsonl.compacting")));
        assertEquals("skipped", ingest(a).get(0).status());
    }

    @Test
    void aFileThisSinkDidNotWriteIsRefusedAndLeftAsItWas() throws Exception {
        Files.createDirectories(out.getParent());
        Files.write(out, lines(NQ), StandardCharsets.UTF_8); // what baocao extract -o wrote
        byte[] before = Files.readAllBytes(out);
        SinkUnavailableException e = assertThrows(SinkUnavailableException.class, () -> JsonLinesSink.open(out));
        assertTrue(e.getMessage().contains("was not written by baocao ingest --jsonl"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out));
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        assertTrue(assertThrows(SinkUnavailableException.class, () -> JsonLinesSink.open(folder)).getMessage()
                .contains("is a folder"));
    }

    @Test
    void oneWriterAtATime() throws Exception {
        try (JsonLinesSink first = JsonLinesSink.open(out)) {
            SinkUnavailableException e = assertThrows(SinkUnavailableException.class, () -> JsonLinesSink.open(out));
            assertTrue(e.getMessage().startsWith("another process is writing to"), e.getMessage());
        }
        JsonLinesSink.open(out).close(); // free again once the first is closed
    }

    private List<Ingester.FileReport> ingest(Path... paths) throws IOException {
        try (JsonLinesSink s = JsonLinesSink.open(out)) {
            return new Ingester(PIPELINE).ingest(List.of(paths), s, IngesterTest.quiet());
        }
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (Record r : PIPELINE.process(file).records()) {
            out.add(RecordJson.line(r));
        }
        assertTrue(out.size() > 10, file + ": " + out.size());
        return out;
    }

    /** Equal lists, told briefly: records lines are long. */
    private static void assertSameLines(List<String> want, List<String> got) {
        if (!want.equals(got)) {
            int i = 0;
            while (i < Math.min(want.size(), got.size()) && want.get(i).equals(got.get(i))) {
                i++;
            }
            String w = i < want.size() ? want.get(i) : "(end)";
            String g = i < got.size() ? got.get(i) : "(end)";
            org.junit.jupiter.api.Assertions.fail(want.size() + " lines wanted, " + got.size() + " written; first difference at line "
                    + (i + 1) + ": wanted " + w.substring(0, Math.min(200, w.length())) + " got " + g.substring(0, Math.min(200, g.length())));
        }
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
