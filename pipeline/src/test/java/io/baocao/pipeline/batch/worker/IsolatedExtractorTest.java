package io.baocao.pipeline.batch.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.BadFiles;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.batch.Extracted;
import io.baocao.pipeline.batch.InProcessExtractor;
import io.baocao.pipeline.read.UnreadableFileException;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is too slow, too big for the heap, or that crashes the reader costs that file only: the
 * worker is killed or replaced and the next file is read by a fresh one.
 */
class IsolatedExtractorTest {
    static final Path GOOD = Corpus.file("cantho-2023-ke-hoach-22.pdf");

    @TempDir
    Path dir;

    @Test
    void readsExactlyWhatTheInProcessPipelineReads() throws Exception {
        Extracted here = new InProcessExtractor(new Pipeline()).extract(GOOD);
        try (IsolatedExtractor worker = new IsolatedExtractor(Limits.DEFAULT)) {
            Extracted there = worker.extract(GOOD);
            assertEquals(here.docId(), there.docId());
            assertEquals(here.pages(), there.pages());
            assertEquals(here.passages(), there.passages());
            assertEquals(here.records().stream().map(RecordJson::line).toList(),
                    there.records().stream().map(RecordJson::line).toList());
            worker.extract(GOOD);
            assertEquals(1, worker.workersStarted(), "one worker for many files");
        }
    }

    @Test
    void aFileOverTheTimeLimitIsStoppedAndTheNextOneIsRead() throws Exception {
        Path slow = BadFiles.pages(dir, "slow.pdf", Corpus.file("cantho-2024-h1-bao-cao.pdf"), 19);
        // the files before and after are small, so that only the slow one nears the deadline on a busy machine
        Path small = Files.writeString(dir.resolve("small.html"), "<html><body><p>Giải ngân vốn đầu tư công đạt 45,6% kế hoạch."
                + "</p></body></html>");
        try (IsolatedExtractor worker = new IsolatedExtractor(Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(3)))) {
            worker.extract(small);
            long t0 = System.nanoTime();
            UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> worker.extract(slow));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("took longer than 3 s to read (limit --max-seconds); stopped", e.getMessage());
            assertTrue(ms < 12_000, "stopped at the deadline, not after the file: " + ms + " ms");
            assertEquals("small", worker.extract(small).docId());
            assertEquals(2, worker.workersStarted());
        }
    }

    @Test
    void aFileThatExhaustsTheHeapIsReportedAndTheNextOneIsRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        Random random = new Random(5);
        String[] words = {"giải", "ngân", "vốn", "đầu", "tư", "công", "đạt", "kế", "hoạch", "năm", "2024", "tỷ", "đồng"};
        try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            for (long chars = 0; chars < 18_000_000; ) {
                String word = words[random.nextInt(words.length)];
                w.write(word);
                w.write(random.nextInt(12) == 0 ? '\n' : ' ');
                chars += word.length() + 1;
            }
        }
        Limits small = Limits.DEFAULT.withMaxMemoryBytes(64L * 1024 * 1024);
        try (IsolatedExtractor worker = new IsolatedExtractor(small)) {
            UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> worker.extract(huge));
            assertTrue(e.getMessage().startsWith("out of memory: reading it needs more than "), e.getMessage());
            assertTrue(e.getMessage().endsWith("MB of heap (limit --max-memory)"), e.getMessage());
            assertEquals(new Pipeline().process(GOOD).records().size(), worker.extract(GOOD).records().size());
            assertEquals(2, worker.workersStarted());
        }
    }

    @Test
    void aReaderThatDiesMidFileCostsThatFileOnly() throws Exception {
        Path big = BadFiles.pages(dir, "big.pdf", Corpus.file("cantho-2024-h1-bao-cao.pdf"), 10);
        try (IsolatedExtractor worker = new IsolatedExtractor(Limits.DEFAULT)) {
            worker.extract(GOOD);
            AtomicLong killed = new AtomicLong(-1);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(1000);
                    long pid = worker.workerPid();
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                    killed.set(pid);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> worker.extract(big));
            killer.join();
            assertTrue(killed.get() > 0);
            assertTrue(e.getMessage().startsWith("the reader process crashed on this file (exit code 137"), e.getMessage());
            assertEquals(new Pipeline().process(GOOD).records().size(), worker.extract(GOOD).records().size());
        }
    }

    @Test
    void theCharacterLimitAppliesToPdfs() throws Exception {
        try (IsolatedExtractor worker = new IsolatedExtractor(Limits.DEFAULT.withMaxChars(1000))) {
            UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> worker.extract(GOOD));
            assertEquals("more than 1000 characters of text (limit --max-chars)", e.getMessage());
        }
    }
}
