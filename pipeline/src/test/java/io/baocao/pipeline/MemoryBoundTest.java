package io.baocao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 1,000-page report and a batch of hundreds of files, each through a real {@code baocao ingest}
 * process held to {@code -Xmx512m}, its worker to {@code --max-memory 512m}. (The 5,000-file run is
 * {@code bench/batch.sh}; its figures are in the README.)
 */
class MemoryBoundTest {
    static final Path REPORT = Corpus.file("cantho-2024-h1-bao-cao.pdf");
    static final List<String> XMX = List.of("-Xmx512m");

    @TempDir
    Path dir;

    @Test
    void aThousandPageReportIsIngestedInFiveHundredMegabytes() throws Exception {
        Path big = BadFiles.pages(Files.createDirectories(dir.resolve("in")), "bao-cao-1026-trang.pdf", REPORT, 19);
        JsonNode report = ingest(big, 1);
        JsonNode f = report.get("files").get(0);
        assertEquals("ok", f.get("status").asText(), f.toString());
        assertEquals(1026, f.get("pages").asInt());
        assertTrue(f.get("records").asInt() > 1000, f.toString());
        IndexAudit.Totals t = IndexAudit.check(dir.resolve("index"));
        assertEquals(f.get("records").asLong(), t.records());
    }

    @Test
    void threeHundredFilesAreIngestedInFiveHundredMegabytes() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String name : List.of("cantho-2022-h1-nghi-quyet-05.pdf", "cantho-2023-ke-hoach-22.pdf",
                "cantho-2024-h1-bao-cao.pdf", "cantho-2024-phu-luc-320.pdf")) {
            BadFiles.qpdf("--split-pages", Corpus.file(name).toString(), pages.resolve(name).toString());
        }
        List<Path> singles;
        try (Stream<Path> s = Files.list(pages)) {
            singles = s.sorted().toList();
        }
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < 300; i++) {
            Path src = singles.get(i % singles.size());
            BadFiles.variant(src, batch.resolve(String.format("%03d-%s", i, src.getFileName())), i);
        }
        JsonNode report = ingest(batch, 300);
        assertEquals(300, report.get("summary").get("ok").asInt(), report.get("summary").toString());
        assertEquals(300, IndexAudit.check(dir.resolve("index")).documents());
    }

    private JsonNode ingest(Path input, int files) throws Exception {
        Path gc = dir.resolve("gc.log");
        Path workerGc = dir.resolve("worker-gc.log");
        CliProcess p = CliProcess.start(dir.resolve("logs"), List.of("-Xmx512m", "-Xlog:gc:file=" + gc),
                Map.of("BAOCAO_WORKER_JAVA_OPTS", "-Xlog:gc:file=" + workerGc), "ingest", input.toString(), "--index",
                dir.resolve("index").toString(), "--max-memory", "512m");
        assertEquals(0, p.waitFor(600), p.stderr());
        System.out.printf("%d file(s) under -Xmx512m: %s; heap before/after GC at most %s in ingest, %s in its worker%n",
                files, p.stdout().strip(), peaks(gc), peaks(workerGc));
        return new ObjectMapper().readTree(dir.resolve("index/ingest-report.json").toFile());
    }

    /**
     * The highest heap occupancy a collection found, and the most it left live, from {@code -Xlog:gc} lines
     * like "Pause Young ... 120M->30M(512M)".
     */
    static String peaks(Path gcLog) throws Exception {
        if (!Files.exists(gcLog)) {
            return "?";
        }
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)").matcher(Files.readString(gcLog));
        long before = 0;
        long after = 0;
        while (m.find()) {
            before = Math.max(before, Long.parseLong(m.group(1)));
            after = Math.max(after, Long.parseLong(m.group(2)));
        }
        return before + "/" + after + " MB";
    }
}
