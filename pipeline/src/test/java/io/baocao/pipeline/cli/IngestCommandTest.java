package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.index.BaocaoIndex;
import io.baocao.pipeline.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, --report, --prune, and stats, through the command line. */
class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path f = Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toAbsolutePath();
        Path index = dir.resolve("index");
        assertEquals(2, run("ingest"));
        assertEquals(2, run("ingest", f.toString(), "--index", index.toString(), "--max-memory", "lots"));
        assertEquals(2, run("ingest", f.toString(), "--index", index.toString(), "--max-memory", "32m"));
        assertEquals(2, run("ingest", f.toString(), "--index", index.toString(), "--max-seconds", "0"));
        assertEquals(2, run("ingest", f.toString(), "--index", index.toString(), "--max-seconds", "soon"));
        assertEquals(2, run("ingest", f.toString(), "--index", index.toString(), "--max-chars", "-1"));
        assertEquals(2, run("ingest", f.toString(), "--index", Files.writeString(dir.resolve("a-file"), "x").toString()));
        assertEquals(2, run("ingest", f.toString(), "--no-such-option"));
        assertEquals(2, run("ingest", f.toString(), "--index", index.toString(), "--jsonl", dir.resolve("r.jsonl").toString()));
        assertEquals(2, run("stats", "--index", dir.resolve("nothing-here").toString()));
        assertTrue(Files.notExists(index), "a usage error writes nothing");
    }

    @Test
    void allOkExitsWithZeroAndAReportWhereAsked() throws Exception {
        Path report = dir.resolve("reports/today.json");
        Path index = dir.resolve("index");
        String out = capture(0, "ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index",
                index.toString(), "--report", report.toString(), "--max-seconds", "120", "--max-memory", "512m",
                "--max-chars", "5000000");
        int records = new io.baocao.pipeline.Pipeline().process(Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf")).records().size();
        assertTrue(out.startsWith("ingested 1 file(s), skipped 0, failed 0: 10 pages, " + records + " records in "), out);
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals("ok", r.get("files").get(0).get("status").asText());
        assertEquals(1, r.get("summary").get("ok").asInt());
        assertTrue(Files.notExists(index.resolve("ingest-report.json")));
        // a second run: nothing to do, still success
        assertTrue(capture(0, "ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index",
                index.toString()).startsWith("ingested 0 file(s), skipped 1, failed 0"));
    }

    @Test
    void passagesMisdecodedOrInAnotherLanguageAreToldInTheReport() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path index = dir.resolve("index");
        Files.copy(Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf"), files.resolve("a.pdf"));
        // a page of the corpus saved as UTF-8 by one program and read back as Windows-1252 by another: the
        // commonest mojibake in files passed around by e-mail
        String page = "Tháng 02 năm 2007 giá trị sản xuất công nghiệp ước đạt 39.897 tỷ đồng, giảm 19% so với tháng 01.\n\n"
                + "Ủy ban nhân dân tỉnh báo cáo tình hình kinh tế - xã hội và nhiệm vụ trọng tâm những tháng cuối năm.\n";
        Files.writeString(files.resolve("misread.txt"),
                new String(page.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252")));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            capture(0, "ingest", files.toString(), "--index", index.toString(), "--in-process");
        } finally {
            System.setErr(err);
        }
        String out = said.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("misread.txt: read, but 2 of 2 passages look like mis-decoded Vietnamese"), out);
        assertTrue(!out.contains("a.pdf: read, but"), out);
        JsonNode report = new ObjectMapper().readTree(index.resolve("ingest-report.json").toFile());
        assertEquals(2, report.get("summary").get("misdecodedPassages").asInt());
        for (JsonNode f : report.get("files")) {
            boolean misread = f.get("path").asText().endsWith("misread.txt");
            assertEquals(misread, f.has("language"), f.toString());
        }
    }

    @Test
    void anIndexHeldByAnotherWriterExitsWithOne() throws Exception {
        Path index = dir.resolve("index");
        try (BaocaoIndex held = BaocaoIndex.open(index)) {
            assertEquals(1, run("ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index",
                    index.toString()));
        }
    }

    @Test
    void pruneRemovesWhatIsGoneAndStatsShowsWhatIsLeft() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path index = dir.resolve("index");
        Path a = Files.copy(Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf"), files.resolve("a.pdf"));
        Path b = Files.copy(Corpus.file("cantho-2023-ke-hoach-22.docx"), files.resolve("b.docx"));
        Files.copy(a, files.resolve("a copy.pdf"));
        capture(0, "ingest", files.toString(), "--index", index.toString(), "--in-process");
        Files.delete(b);
        String out = capture(0, "ingest", files.toString(), "--index", index.toString(), "--prune", "--in-process");
        assertTrue(out.startsWith("ingested 0 file(s), skipped 2, failed 0, pruned 1:"), out);
        JsonNode report = new ObjectMapper().readTree(index.resolve("ingest-report.json").toFile());
        assertEquals(b.toAbsolutePath().toString(), report.get("pruned").get(0).asText());
        JsonNode stats = new ObjectMapper().readTree(capture(0, "stats", "--index", index.toString(), "--json"));
        assertEquals(1, stats.get("documents").asInt());
        assertEquals(2, stats.get("files").asInt());
        int records = new io.baocao.pipeline.Pipeline().process(a).records().size();
        assertEquals(records, stats.get("records_total").asInt());
        assertEquals(records, stats.get("records").properties().stream().mapToInt(e -> e.getValue().asInt()).sum());
        assertEquals(2, stats.get("index").get(0).get("files").size());
        String text = capture(0, "stats", "--index", index.toString());
        assertTrue(text.startsWith("1 document(s) in 2 file(s): "), text);
    }

    @Test
    void jsonlWritesTheRecordsOfTheGoodFilesOnceAndARerunAddsNothing() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path a = Files.copy(Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf"), files.resolve("a.pdf"));
        io.baocao.pipeline.BadFiles.zeroBytes(files);
        Path out = dir.resolve("records.jsonl");
        String first = capture(3, "ingest", files.toString(), "--jsonl", out.toString());
        assertTrue(first.startsWith("ingested 1 file(s), skipped 0, failed 1: "), first);
        java.util.List<String> want = new io.baocao.pipeline.Pipeline().process(a).records().stream()
                .map(io.baocao.extract.model.RecordJson::line).toList();
        assertEquals(want, Files.readAllLines(out, StandardCharsets.UTF_8), "the lines extract writes");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("records.jsonl.ingest-report.json").toFile());
        assertEquals(1, report.get("summary").get("failed").asInt());
        assertTrue(Files.notExists(dir.resolve("data")), "no index written");
        byte[] once = Files.readAllBytes(out);
        String again = capture(3, "ingest", files.toString(), "--jsonl", out.toString());
        assertTrue(again.startsWith("ingested 0 file(s), skipped 1, failed 1: "), again);
        assertEquals(java.util.Arrays.toString(once), java.util.Arrays.toString(Files.readAllBytes(out)));
        // a file baocao ingest did not write is refused, never written into
        Path extracted = dir.resolve("extracted.jsonl");
        assertEquals(0, run("extract", a.toString(), "-o", extracted.toString()));
        byte[] before = Files.readAllBytes(extracted);
        assertEquals(1, run("ingest", files.toString(), "--jsonl", extracted.toString()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(extracted)));
    }

    private static int run(String... args) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Baocao.run(args);
        } finally {
            System.setErr(err);
        }
    }

    private static String capture(int expectedExit, String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Baocao.run(args);
        } finally {
            System.setOut(out);
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, s);
        return s;
    }
}
