package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.CliProcess;
import io.baocao.pipeline.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a new user meets it: help on every command, version, queries that look like
 * options, bad numbers, long queries, folders that are not a baocao index, damaged or unwritable indexes,
 * the default index from the environment or a config file. None of it may print a stack trace.
 */
class CommandLineTest {
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void anIndex() throws Exception {
        index = dir.resolve("index");
        assertEquals(0, run("ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index", index.toString(),
                "--in-process").code());
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : List.of("extract", "ingest", "search", "stats", "eval", "tables")) {
            for (String help : List.of("--help", "-h")) {
                Result r = run(command, help);
                assertEquals(0, r.code(), command + " " + help + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: baocao " + command), command + " " + help + ": " + r.out());
            }
            Result v = run(command, "--version");
            assertEquals(0, v.code());
            assertTrue(v.out().startsWith("baocao "), v.out());
        }
        assertTrue(run("--version").out().startsWith("baocao "));
    }

    @Test
    void aQueryStartingWithADashGoesAfterTwoDashes() {
        Result r = run("search", "--index", index.toString(), "--", "-5%");
        assertEquals(0, r.code(), r.err());
        Result without = run("search", "--index", index.toString(), "-5%");
        assertEquals(2, without.code());
        assertTrue(without.err().contains("goes after --, e.g. baocao search -- -5%"), without.err());
        assertNoStackTrace(without);
    }

    @Test
    void hitsPerYearMustBePositive() {
        for (String n : List.of("0", "-3")) {
            Result r = run("search", "--index", index.toString(), "-n", n, "giải ngân");
            assertEquals(2, r.code());
            assertTrue(r.err().contains("-n must be at least 1"), r.err());
        }
    }

    @Test
    void aPastedParagraphIsCutToTheFirstWordsWithAMessage() {
        String paragraph = String.join(" ", java.util.Collections.nCopies(100, "giải ngân vốn đầu tư công"));
        Result r = run("search", "--index", index.toString(), paragraph);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("the query has 600 words; searching its first " + SearchCommand.MAX_QUERY_WORDS), r.err());
        assertTrue(r.out().contains("«giải» «ngân»"), "the cut query still finds the passages: " + r.out());
    }

    @Test
    void aFolderOfOtherFilesIsNeverWrittenInto() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("my documents"));
        Files.writeString(docs.resolve("notes.txt"), "not an index");
        List<String> before = listing(docs);
        Result ingest = run("ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index", docs.toString(),
                "--in-process");
        assertEquals(1, ingest.code());
        assertTrue(ingest.err().contains("is not a baocao index: it holds other files (notes.txt)"), ingest.err());
        assertEquals(before, listing(docs));
        Result search = run("search", "--index", docs.toString(), "giải ngân");
        assertEquals(2, search.code());
        assertTrue(search.err().contains("is not a baocao index"), search.err());
        assertEquals(2, run("stats", "--index", docs.toString()).code());
    }

    @Test
    void anotherProgramsLuceneIndexIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("other-index");
        try (FSDirectory d = FSDirectory.open(other);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("title", "giải ngân", Field.Store.YES));
            w.addDocument(doc);
        }
        List<String> before = listing(other);
        Result ingest = run("ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index", other.toString(),
                "--in-process");
        assertEquals(1, ingest.code());
        assertTrue(ingest.err().contains("holds a Lucene index of another program"), ingest.err());
        assertEquals(before, listing(other));
        assertEquals(2, run("search", "--index", other.toString(), "giải").code());
    }

    @Test
    void aDamagedIndexIsOneLineNotAStackTrace() throws Exception {
        Path damaged = dir.resolve("damaged");
        Files.createDirectories(damaged);
        try (Stream<Path> s = Files.list(index)) {
            for (Path f : s.toList()) {
                Files.copy(f, damaged.resolve(f.getFileName()));
            }
        }
        try (Stream<Path> s = Files.list(damaged)) {
            for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".cfs")
                    || f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        for (List<String> args : List.of(List.of("search", "--index", damaged.toString(), "giải ngân"),
                List.of("stats", "--index", damaged.toString()))) {
            Result r = run(args.toArray(String[]::new));
            assertTrue(r.code() == 1 || r.code() == 2, args + ": " + r.code() + " " + r.err());
            assertTrue(r.err().startsWith("baocao: "), r.err());
            assertNoStackTrace(r);
        }
    }

    @Test
    void anIndexWhereNothingCanBeWrittenIsOneLine() {
        Result r = run("ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "--index", "/proc/baocao-index",
                "--in-process");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("baocao: cannot write to the index /proc/baocao-index: "), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void theDefaultIndexComesFromTheEnvironmentThenTheConfigFile() throws Exception {
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(home.resolve(".config/baocao")).resolve("config.properties");
        assertNull(new Defaults(Map.of(), home).index(), "built-in data/index");
        Files.writeString(config, "# where my reports are indexed\nindex = ../../reports-index\n");
        assertEquals(home.resolve("reports-index").toString(), new Defaults(Map.of(), home).index());
        assertEquals("/srv/index", new Defaults(Map.of(Defaults.INDEX_ENV, "/srv/index"), home).index());
        Path other = Files.writeString(dir.resolve("other.properties"), "index=/elsewhere\n");
        assertEquals("/elsewhere", new Defaults(Map.of(Defaults.CONFIG_ENV, other.toString()), home).index());

        // through a real process: stats finds the index BAOCAO_INDEX names, without --index
        CliProcess p = CliProcess.start(dir.resolve("logs"), List.of(), Map.of(Defaults.INDEX_ENV, index.toString()), "stats");
        assertEquals(0, p.waitFor(120), p.stderr());
        assertTrue(p.stdout().startsWith("1 document(s) in 1 file(s)"), p.stdout());
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Caused by"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    private static List<String> listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(f -> f.getFileName() + " " + f.toFile().length()).sorted().toList();
        }
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Baocao.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
