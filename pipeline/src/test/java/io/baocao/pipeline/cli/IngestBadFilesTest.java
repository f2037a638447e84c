package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.pipeline.BadFiles;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.IndexAudit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder with every kind of bad file a staffer drops in, beside good ones, through {@code baocao
 * ingest} (files read in the worker process, as in production): each bad file gets one line naming it
 * and why, the good ones are indexed, the report says it all, the exit code is 3.
 */
class IngestBadFilesTest {
    @TempDir
    static Path dir;
    static Path batch;
    static Path index;
    static int exit;
    static String stderr;
    static String stdout;
    static Map<String, JsonNode> report = new HashMap<>();
    static JsonNode summary;

    @BeforeAll
    static void ingestABadBatch() throws Exception {
        batch = Files.createDirectories(dir.resolve("batch"));
        index = dir.resolve("index");
        Files.copy(Corpus.file("cantho-2024-phu-luc-320.pdf"), batch.resolve("cantho-2024-phu-luc-320.pdf"));
        Files.copy(BadFiles.DOCX, batch.resolve("cantho-2023-ke-hoach-22.docx"));
        BadFiles.zeroBytes(batch);
        BadFiles.truncated(batch);
        BadFiles.shiftedXref(batch);
        BadFiles.destroyedXref(batch);
        BadFiles.userPassword(batch);
        BadFiles.ownerPasswordOnly(batch);
        BadFiles.imageOnly(batch);
        BadFiles.png(batch, "picture.pdf");
        BadFiles.zip(batch, "archive.pdf");
        BadFiles.png(batch, "picture.png");
        BadFiles.docxZipBomb(batch, 10);
        BadFiles.danglingLink(batch);
        BadFiles.namedPipe(batch);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = Baocao.run("ingest", batch.toString(), dir.resolve("does-not-exist.pdf").toString(),
                    "--index", index.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        stderr = err.toString(StandardCharsets.UTF_8);
        stdout = out.toString(StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(index.resolve("ingest-report.json").toFile());
        for (JsonNode f : root.get("files")) {
            report.put(Path.of(f.get("path").asText()).getFileName().toString(), f);
        }
        summary = root.get("summary");
    }

    @Test
    void theBatchEndsWithExitCodeThreeAndASummaryLine() {
        assertEquals(3, exit, stderr);
        assertTrue(stdout.matches("(?s)ingested 4 file\\(s\\), skipped 0, failed 12: \\d+ pages, \\d+ records in .*"), stdout);
        assertEquals(4, summary.get("ok").asInt());
        assertEquals(12, summary.get("failed").asInt());
    }

    @Test
    void goodFilesAndReadableDamagedOnesAreIndexed() throws Exception {
        ok("cantho-2024-phu-luc-320.pdf", null);
        ok("cantho-2023-ke-hoach-22.docx", null);
        ok("shifted-xref.pdf", "read after repair: corrupt cross-reference table");
        ok("owner-password.pdf", "encrypted with an owner password only: read without a password");
        IndexAudit.Totals t = IndexAudit.check(index);
        assertEquals(4, t.documents()); // identity is the bytes: the damaged and locked copies are documents of their own
        assertEquals(4, t.files());
    }

    @Test
    void everyBadFileHasOneLineNamingItAndWhy() {
        failed("empty.pdf", "empty file (0 bytes)");
        failed("truncated.pdf", "truncated PDF: it ends without the %%EOF end marker");
        failed("destroyed-xref.pdf", "damaged PDF: corrupt cross-reference table");
        failed("user-password.pdf", "encrypted PDF: it needs a user password to open");
        // the pictures of the scan hold no text: OCR finds none (or, without Tesseract, says what to install)
        failed("scan.pdf", "no text layer: 2 page(s) of images only (a scan?), and ");
        failed("picture.pdf", "not a PDF: it is a PNG image (image/png) named .pdf");
        failed("archive.pdf", "not a PDF: it is a ZIP archive (application/zip) named .pdf");
        failed("picture.png", "unsupported format: a PNG image (image/png)");
        failed("moved-away.pdf", "broken symbolic link");
        failed("pipe.pdf", "not a regular file");
        failed("does-not-exist.pdf", "file not found");
    }

    /** Tika's own SecureContentHandler catches it (its message is kept), before our character limit. */
    @Test
    void aDocxZipBombIsCaughtByTikasProtection() {
        failed("zip-bomb.docx", "zip bomb suspected, not read: Suspected zip bomb:");
    }

    @Test
    void theReportHasEveryFieldForEveryFile() {
        assertEquals(16, report.size());
        for (JsonNode f : report.values()) {
            for (String field : List.of("path", "hash", "status", "reason", "pages", "records", "milliseconds", "ocrPages",
                    "ocrSeconds")) {
                assertTrue(f.has(field), field + " in " + f);
            }
            if (!f.get("status").asText().equals("failed") || f.get("reason").asText().startsWith("empty")) {
                assertEquals(64, f.get("hash").asText().length(), f.toString());
            }
        }
        assertEquals(10, report.get("owner-password.pdf").get("pages").asInt());
        assertTrue(report.get("owner-password.pdf").get("records").asInt() > 0);
    }

    private static void ok(String name, String note) {
        JsonNode f = report.get(name);
        assertNotNull(f, name);
        assertEquals("ok", f.get("status").asText(), f.toString());
        if (note == null) {
            assertTrue(f.get("reason").isNull(), f.toString());
        } else {
            assertTrue(f.get("reason").asText().startsWith(note), f.toString());
        }
        assertFalse(stderr.contains(name), stderr);
    }

    private static void failed(String name, String reason) {
        JsonNode f = report.get(name);
        assertNotNull(f, name);
        assertEquals("failed", f.get("status").asText(), f.toString());
        String r = f.get("reason").asText();
        assertTrue(r.startsWith(reason), name + ": " + r);
        assertFalse(r.contains("\n"), r);
        List<String> lines = stderr.lines().filter(l -> l.contains(name)).toList();
        assertEquals(1, lines.size(), stderr);
        assertEquals("baocao: " + f.get("path").asText() + ": " + r, lines.get(0));
    }
}
