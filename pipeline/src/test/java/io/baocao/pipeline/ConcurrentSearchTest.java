package io.baocao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.index.BaocaoSearcher;
import io.baocao.pipeline.cli.Baocao;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search while a real {@code baocao ingest} process writes the index: it works, it sees the documents
 * committed so far (more and more of them), and never half of one.
 */
class ConcurrentSearchTest {
    @TempDir
    Path dir;

    @Test
    void searchSeesCommittedDocumentsWhileAnIngestRuns() throws Exception {
        Path batch = Batches.smallReports(dir.resolve("batch"));
        Path index = dir.resolve("index");
        CliProcess ingest = CliProcess.start(dir.resolve("logs"), List.of(), "ingest", batch.toString(), "--index",
                index.toString());
        List<Long> seen = new ArrayList<>();
        boolean searchedMidway = false;
        boolean cliSearchedMidway = false;
        while (ingest.alive()) {
            if (committed(index)) {
                long documents = IndexAudit.check(index).documents(); // whole documents only
                int hits;
                try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
                    hits = s.search("giải ngân", null, null, 1000).size();
                }
                if (ingest.alive() && documents > 0) {
                    assertTrue(hits > 0, "committed documents are searchable at once");
                    searchedMidway = true;
                    if (!cliSearchedMidway) {
                        String out = cli("search", "giai ngan", "--index", index.toString(), "--json");
                        cliSearchedMidway = out.contains("\"doc\"");
                    }
                }
                if (seen.isEmpty() || seen.get(seen.size() - 1) != documents) {
                    seen.add(documents);
                }
            }
            Thread.sleep(100);
        }
        assertEquals(0, ingest.waitFor(60), ingest.stderr());
        long all = IndexAudit.check(index).documents();
        assertTrue(searchedMidway && cliSearchedMidway, "searched while documents were landing: " + seen);
        assertTrue(seen.stream().anyMatch(n -> n > 0 && n < all), "saw a partly ingested index: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "documents only come: " + seen);
        }
        System.out.println("documents seen while ingesting: " + seen + " of " + all);
    }

    private static String cli(String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Baocao.run(args));
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
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
