package io.baocao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.cli.Baocao;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code baocao ingest} process at random moments: after each kill the index
 * opens, holds only whole documents, the write lock does not stand in the way, the worker does not
 * outlive its parent; running the same command again finishes the rest and ends with exactly the
 * records of an uninterrupted run.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedAtAnyMomentTheIndexIsWholeAndARerunConverges() throws Exception {
        Path batch = Batches.smallReports(dir.resolve("batch"));
        Path reference = dir.resolve("reference");
        assertEquals(0, Baocao.run("ingest", batch.toString(), "--index", reference.toString(), "--in-process"));
        IndexAudit.Totals want = IndexAudit.check(reference);
        Map<String, Long> wantPerType = IndexAudit.recordsPerType(reference);

        Path index = dir.resolve("index");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> documentsAfterKills = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            long before = documents(index);
            CliProcess ingest = CliProcess.start(dir.resolve("logs"), List.of(), "ingest", batch.toString(), "--index",
                    index.toString());
            if (round == 0) {
                Thread.sleep(random.nextInt(2500)); // while the JVM, the index or the worker start
            } else {
                // once this run has committed something, at a random moment: mid-file, mid-commit, between files
                while (ingest.alive() && documents(index) == before) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(1500));
            }
            if (!ingest.alive()) {
                break; // finished before the kill: nothing left to interrupt
            }
            List<ProcessHandle> workers = ingest.process().descendants().toList();
            ingest.kill9();
            for (ProcessHandle w : workers) {
                w.onExit().get(15, TimeUnit.SECONDS); // the worker sees its input close and stops
                assertFalse(w.isAlive(), "worker " + w.pid() + " outlived its killed parent");
            }
            long documents = documents(index); // opens the index and checks every document is whole
            documentsAfterKills.add(documents);
            assertTrue(documents >= before && documents <= want.documents());
        }
        assertTrue(documentsAfterKills.stream().anyMatch(n -> n > 0 && n < want.documents()),
                "killed midway at least once: " + documentsAfterKills);
        CliProcess last = CliProcess.start(dir.resolve("logs"), List.of(), "ingest", batch.toString(), "--index",
                index.toString());
        assertEquals(0, last.waitFor(300), last.stderr());
        assertTrue(last.stdout().contains("failed 0"), last.stdout());
        assertEquals(want, IndexAudit.check(index), "seed " + seed + ", documents after kills " + documentsAfterKills);
        assertEquals(wantPerType, IndexAudit.recordsPerType(index));
        assertFalse(Files.exists(index.resolve("ingest-report.json.tmp")), "the last run put its report in place");
        System.out.println("crash safety: seed " + seed + ", documents committed at each kill " + documentsAfterKills
                + " of " + want.documents());
    }

    /**
     * The same for {@code --jsonl}: after each kill the file opens (a killed run's uncommitted tail is cut)
     * and holds whole lines; a re-run ends with exactly the lines of an uninterrupted run, none twice.
     */
    @Test
    void killedAtAnyMomentTheJsonLinesFileIsWholeAndARerunConverges() throws Exception {
        Path batch = Batches.smallReports(dir.resolve("batch"));
        Path reference = dir.resolve("reference.jsonl");
        assertEquals(0, Baocao.run("ingest", batch.toString(), "--jsonl", reference.toString(), "--in-process"));
        List<String> want = Files.readAllLines(reference);
        Path out = dir.resolve("records.jsonl");
        Path manifest = io.baocao.pipeline.batch.JsonLinesSink.manifestOf(out);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Integer> linesAfterKills = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            long before = Files.exists(manifest) ? Files.size(manifest) : 0;
            CliProcess ingest = CliProcess.start(dir.resolve("logs"), List.of(), "ingest", batch.toString(), "--jsonl",
                    out.toString());
            while (ingest.alive() && (Files.exists(manifest) ? Files.size(manifest) : 0) == before) {
                Thread.sleep(20); // until this run has committed something
            }
            Thread.sleep(random.nextInt(1500));
            if (!ingest.alive()) {
                break;
            }
            ingest.kill9();
            ingest.process().onExit().get(15, TimeUnit.SECONDS);
            io.baocao.pipeline.batch.JsonLinesSink.open(out).close(); // cuts what was not committed
            List<String> lines = Files.readAllLines(out);
            for (String l : lines) {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(l); // whole lines only
            }
            assertEquals(want.subList(0, lines.size()), lines, "seed " + seed + ": a prefix of the uninterrupted run");
            linesAfterKills.add(lines.size());
        }
        CliProcess last = CliProcess.start(dir.resolve("logs"), List.of(), "ingest", batch.toString(), "--jsonl", out.toString());
        assertEquals(0, last.waitFor(300), last.stderr());
        assertEquals(want, Files.readAllLines(out), "seed " + seed + ", lines after kills " + linesAfterKills);
        System.out.println("crash safety (--jsonl): seed " + seed + ", lines at each kill " + linesAfterKills + " of " + want.size());
    }

    private static long documents(Path index) throws Exception {
        return committed(index) ? IndexAudit.check(index).documents() : 0;
    }

    private static boolean committed(Path index) throws Exception {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(index)) {
            return DirectoryReader.indexExists(d);
        }
    }
}
