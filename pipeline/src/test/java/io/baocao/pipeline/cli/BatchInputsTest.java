package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.pipeline.BadFiles;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.tables.Row;
import io.baocao.pipeline.tables.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch inputs without surprises: names, outputs kept safe, what each case prints. */
class BatchInputsTest {
    static final Path NQ = Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf");

    @TempDir
    Path dir;

    @Test
    void aFileNameWithControlCharactersIsPrintedEscaped() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.write(batch.resolve("evil\nbaocao: all good\u001b[2J.pdf"), new byte[0]);
        CommandLineTest.Result r = CommandLineTest.run("ingest", batch.toString(), "--index", dir.resolve("index").toString(),
                "--in-process");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("evil\\nbaocao: all good\\x1b[2J.pdf: empty file (0 bytes)"), r.err());
        assertFalse(r.err().contains("\u001b"), "no raw escape reaches the terminal");
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aFileNameThatIsNotUtf8IsReadAndNamedWithReplacementCharacters() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        // a name in an old Windows code page: byte 0xff is not UTF-8
        Process p = new ProcessBuilder("bash", "-c", "cp \"$0\" \"$1\"/$'bao cao \\xff 2022.pdf'", NQ.toString(), batch.toString())
                .inheritIO().start();
        assertEquals(0, p.waitFor());
        Path index = dir.resolve("index");
        CommandLineTest.Result r = CommandLineTest.run("ingest", batch.toString(), "--index", index.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ingested 1 file(s), skipped 0, failed 0: 10 pages"), r.out());
        JsonNode file = new ObjectMapper().readTree(index.resolve("ingest-report.json").toFile()).get("files").get(0);
        assertTrue(file.get("path").asText().endsWith("bao cao \uFFFD 2022.pdf"), file.toString());
        assertTrue(file.get("reason").asText().contains("its name is not valid UTF-8"), file.toString());
    }

    @Test
    void aReportPathThatIsAFolderIsRefusedBeforeTheBatch() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Path index = dir.resolve("index");
        CommandLineTest.Result r = CommandLineTest.run("ingest", NQ.toString(), "--index", index.toString(), "--report",
                folder.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--report " + folder + " is a folder"), r.err());
        assertTrue(Files.notExists(index), "refused before anything was written");
    }

    @Test
    void quietPrintsOnlyTheFilesThatFailed() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(NQ, batch.resolve("a.pdf"));
        BadFiles.zeroBytes(batch);
        CommandLineTest.Result r = CommandLineTest.run("ingest", batch.toString(), "--index", dir.resolve("index").toString(),
                "--in-process", "--quiet");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().strip().endsWith("empty file (0 bytes)"), r.err());
    }

    @Test
    void theProgressBarNeverOverwritesAFailureLineOrTheSummary() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        ProgressLine line = new ProgressLine(err, 100);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(40).setUpdateIntervalMillis(1)
                .continuousUpdate().setConsumer(line).build();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bar.step();
            bar.setExtraMessage(i + " pages");
            if (i % 7 == 3) {
                String f = "baocao: /batch/file-" + i + ".pdf: empty file (0 bytes)";
                failures.add(f);
                line.println(f);
            }
            Thread.sleep(2); // the bar's own thread redraws meanwhile
        }
        bar.close();
        err.println("ingested 34 file(s), skipped 0, failed 6: 0 pages, 0 records in 0.1 s; report r.json");
        List<String> screen = screen(terminal.toString(StandardCharsets.UTF_8));
        for (String f : failures) {
            assertTrue(screen.contains(f), f + " on screen: " + screen);
        }
        assertTrue(screen.get(screen.size() - 1).startsWith("ingested 34 file(s)"), screen.toString());
        assertTrue(screen.get(screen.size() - 2).startsWith("Ingest 100%"), screen.toString());
    }

    /** What a terminal shows for text with carriage returns and erase-to-end-of-line. */
    private static List<String> screen(String written) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int col = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\n') {
                lines.add(current.toString());
                current.setLength(0);
                col = 0;
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\u001b' && written.startsWith("[K", i + 1)) {
                current.setLength(col);
                i += 2;
            } else {
                if (col < current.length()) {
                    current.setCharAt(col, c);
                } else {
                    current.append(c);
                }
                col++;
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    @Test
    void extractNeverEmptiesAnEarlierOutputWhenNothingCouldBeRead() throws Exception {
        Path out = dir.resolve("records.jsonl");
        assertEquals(0, Baocao.run("extract", NQ.toString(), "-o", out.toString()));
        byte[] before = Files.readAllBytes(out);
        assertTrue(before.length > 1000);
        Path empty = BadFiles.zeroBytes(Files.createDirectories(dir.resolve("bad")));
        CommandLineTest.Result r = CommandLineTest.run("extract", empty.toString(), dir.resolve("typo.pdf").toString(), "-o",
                out.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no file could be read; " + out + " left as it was"), r.err());
        assertArrayEquals(before, Files.readAllBytes(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
        assertEquals(2, CommandLineTest.run("extract", NQ.toString(), "-o", dir.toString()).code());
    }

    @Test
    void anImageOnlyDocxIsReportedAsSuch() throws Exception {
        Path docx = dir.resolve("scan.docx");
        BufferedImage page = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG,
                    "scan.png", Units.toEMU(400), Units.toEMU(560));
            d.write(o);
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new Pipeline().process(docx));
        assertTrue(e.getMessage().startsWith("no text: 1 image(s) only (a scan pasted into a document?), and baocao has no OCR"),
                e.getMessage());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        Table t = new Table(List.of("Chỉ tiêu", "Năm 2024 > Tăng, giảm (%)"), List.of(
                new Row(3, 0, List.of("- Vốn đầu tư", "-2,8")),
                new Row(3, 0, List.of("=HYPERLINK(\"http://x\",\"y\")", "+5%")),
                new Row(3, 0, List.of("@SUM(A1)", "12.345,6")),
                new Row(4, 0, List.of("Thu \"ngân sách\"\nnội địa", "-"))), List.of());
        String csv = TableOutput.csv(t);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("Chỉ tiêu", "Năm 2024 > Tăng, giảm (%)"), rows.get(0).toList());
        assertEquals(List.of("'- Vốn đầu tư", "-2,8"), rows.get(1).toList());
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"y\")", "+5%"), rows.get(2).toList());
        assertEquals(List.of("'@SUM(A1)", "12.345,6"), rows.get(3).toList());
        assertEquals(List.of("Thu \"ngân sách\"\nnội địa", "'-"), rows.get(4).toList());
    }

    @Test
    void theFirstBuildSaysWhatItIsDoing() throws Exception {
        // bin/baocao in a copy of the layout, with stand-ins for mvn (builds "the jar") and java
        Path root = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Corpus.root().resolve("bin/baocao"), root.resolve("bin/baocao"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.writeString(tools.resolve("mvn"), "#!/bin/sh\nmkdir -p pipeline/target && echo jar > pipeline/target/baocao.jar\n");
        Files.writeString(tools.resolve("java"), "#!/bin/sh\necho \"ran $*\"\n");
        for (String t : List.of("mvn", "java")) {
            assertTrue(tools.resolve(t).toFile().setExecutable(true));
        }
        String path = tools + ":" + System.getenv("PATH");
        String[] first = bash(root, path);
        assertTrue(first[1].startsWith("baocao: first run: building") && first[1].contains("Maven"), first[1]);
        assertTrue(first[1].contains("baocao: built"), first[1]);
        assertEquals("ran -jar " + root.resolve("pipeline/target/baocao.jar") + " --version", first[0].strip());
        String[] second = bash(root, path);
        assertEquals("", second[1], "nothing to build the second time");
    }

    private static String[] bash(Path root, String path) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("bin/baocao").toString(), "--version");
        pb.environment().put("PATH", path);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return new String[] {out, err};
    }
}
