package io.baocao.pipeline.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.nlp.LanguageFlags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Ingests files into a {@link RecordSink} (the Lucene index, or a JSON Lines file). A file
 * is identified by the hash of its bytes: the same file twice, or a copy under another name, adds nothing;
 * a changed file replaces what its path held. A file that cannot be read is reported with the reason and
 * the batch goes on. Changes are committed at file boundaries only, so what the sink holds on disk (what
 * a search sees, what a killed ingest leaves) is whole files; running the same batch again finishes what
 * is missing.
 *
 * <p>With more than one {@link FileExtractor} (one per thread, {@code baocao ingest --threads N}) files are
 * read by all of them at once, a few files ahead of the one the batch is at; the sink is still asked and
 * written by one thread, in the files' order, so the reports, what is skipped as a copy and what the sink
 * holds are the same as with one.
 */
public final class Ingester {
    /**
     * What happened to one file: status {@code ok}, {@code skipped} or {@code failed}, and why; for a file
     * read, the pages read by OCR and the seconds that took, and (when any) the passages that are not
     * Vietnamese or are Vietnamese mis-decoded: {@code language}, also told in words in {@code reason}.
     */
    public record FileReport(String path, String hash, String status, String reason, Integer pages, Integer records,
                             @JsonProperty("milliseconds") long milliseconds, Integer ocrPages, Double ocrSeconds,
                             @JsonInclude(JsonInclude.Include.NON_NULL) LanguageFlags language) {
        public FileReport(String path, String hash, String status, String reason, Integer pages, Integer records,
                          long milliseconds) {
            this(path, hash, status, reason, pages, records, milliseconds, null, null, null);
        }

        public boolean failed() {
            return "failed".equals(status);
        }
    }

    /** Told about every file as the batch goes. */
    public interface Progress {
        void started(Path file);

        void finished(FileReport report);
    }

    /** Commit at most this often: each commit syncs files to disk, and small files come many per second. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

    private final List<FileExtractor> extractors;
    private long lastCommit = System.nanoTime();

    public Ingester(FileExtractor extractor) {
        this(List.of(extractor));
    }

    /** Reads files with all these extractors at once, one thread each (the caller closes them). */
    public Ingester(List<FileExtractor> extractors) {
        if (extractors.isEmpty()) {
            throw new IllegalArgumentException("no extractor");
        }
        this.extractors = List.copyOf(extractors);
    }

    /** Reads files in this process: for tests and embedding ({@code baocao ingest} isolates them). */
    public Ingester(Pipeline pipeline) {
        this(new InProcessExtractor(pipeline));
    }

    /** Ingests the files and returns every report; {@link #run} streams them instead. */
    public List<FileReport> ingest(List<Path> files, RecordSink sink, Progress progress) throws IOException {
        List<FileReport> reports = new ArrayList<>();
        run(files, sink, new Progress() {
            @Override
            public void started(Path file) {
                progress.started(file);
            }

            @Override
            public void finished(FileReport report) {
                reports.add(report);
                progress.finished(report);
            }
        });
        return reports;
    }

    /**
     * Ingests the files in order, telling {@code progress} about each, and commits. An exception is the
     * sink failing (disk full, another writer), never a file.
     */
    public void run(Iterable<Path> files, RecordSink sink, Progress progress) throws IOException {
        if (extractors.size() > 1) {
            new ReadAhead(this, extractors, sink).run(files, progress);
            commit(sink);
            return;
        }
        FileExtractor extractor = extractors.get(0);
        for (Path f : files) {
            progress.started(f);
            FileReport r = one(f, sink, extractor);
            committedIfDue(sink);
            progress.finished(r);
        }
        commit(sink);
    }

    void committedIfDue(RecordSink sink) throws IOException {
        if (System.nanoTime() - lastCommit >= COMMIT_EVERY.toNanos()) {
            commit(sink);
        }
    }

    /** Removes from the sink the files that are gone from disk (and content no other file holds). */
    public List<String> prune(RecordSink sink) throws IOException {
        List<String> gone = new ArrayList<>();
        for (String p : sink.paths()) {
            if (!Files.exists(Path.of(p), LinkOption.NOFOLLOW_LINKS)) {
                sink.remove(p);
                gone.add(p);
            }
        }
        commit(sink);
        return gone;
    }

    private void commit(RecordSink sink) throws IOException {
        sink.commit();
        lastCommit = System.nanoTime();
    }

    private FileReport one(Path file, RecordSink sink, FileExtractor extractor) throws IOException {
        long t0 = System.nanoTime();
        Checked c = check(file);
        FileReport decided = decide(c, sink, t0);
        if (decided != null) {
            return decided;
        }
        return store(c, sink.hashOf(c.path), read(c, extractor), sink, t0);
    }

    /** A file listed for the batch: its path as the sink keys it, and its hash or why it has none. */
    record Checked(Path file, String path, String hash, FileReport failure) {
    }

    /** What one file's reading gave: what was read, or why not; and how long the reading took. */
    record Read(Extracted extracted, String failure, long nanos) {
    }

    static Checked check(Path file) {
        long t0 = System.nanoTime();
        String path = file.toAbsolutePath().normalize().toString();
        String notAFile = notAFile(file);
        if (notAFile != null) {
            return new Checked(file, path, null, new FileReport(path, null, "failed", notAFile, null, null, ms(t0)));
        }
        try {
            return new Checked(file, path, sha256(file), null);
        } catch (IOException e) {
            return new Checked(file, path, null, new FileReport(path, null, "failed", Reason.of(e), null, null, ms(t0)));
        }
    }

    /**
     * The report of a file the sink needs nothing of (not a file, unchanged, or a copy of content it holds,
     * which is linked), or null when the file is to be read.
     */
    static FileReport decide(Checked c, RecordSink sink, long t0) throws IOException {
        if (c.failure != null) {
            return c.failure;
        }
        String held = sink.hashOf(c.path);
        if (c.hash.equals(held)) {
            return new FileReport(c.path, c.hash, "skipped", "already indexed, unchanged", null, null, ms(t0));
        }
        if (sink.holds(c.hash)) {
            List<String> holders = sink.pathsOf(c.hash);
            sink.link(c.path, c.hash);
            return new FileReport(c.path, c.hash, "skipped", "same content as " + (holders.isEmpty() ? "a file" : holders.get(0))
                    + ", already indexed", null, null, ms(t0));
        }
        return null;
    }

    /** Reads a file (any thread): what it yields, or why it cannot be read. */
    static Read read(Checked c, FileExtractor extractor) throws IOException {
        long t0 = System.nanoTime();
        Path alias = null;
        try {
            alias = validName(c.file);
            Extracted x = extractor.extract(alias == null ? c.file : alias);
            if (!c.hash.equals(sha256(c.file))) {
                return new Read(null, "the file changed while it was read; ingest it again", System.nanoTime() - t0);
            }
            return new Read(x, null, System.nanoTime() - t0);
        } catch (IOException | RuntimeException e) {
            return new Read(null, Reason.of(e), System.nanoTime() - t0);
        } finally {
            if (alias != null) {
                Files.deleteIfExists(alias);
                Files.deleteIfExists(alias.getParent());
            }
        }
    }

    /** Puts what was read into the sink (or reports why not) and reports the file. */
    static FileReport store(Checked c, String held, Read r, RecordSink sink, long t0) throws IOException {
        if (r.failure != null) {
            return failed(c.path, c.hash, held, r.failure, t0);
        }
        Extracted x = r.extracted;
        sink.put(c.path, c.hash, x);
        boolean renamed = !Path.of(c.file.toAbsolutePath().toString()).equals(c.file.toAbsolutePath());
        String note = !renamed ? x.note()
                : (x.note() == null ? "" : x.note() + "; ") + "its name is not valid UTF-8 (shown with \uFFFD): renaming it is best";
        String language = x.language().describe();
        if (language != null) {
            note = (note == null ? "" : note + "; ") + language;
        }
        return new FileReport(c.path, c.hash, "ok", note, x.pages(), x.records().size(), ms(t0), x.ocrPages(),
                x.ocrMilliseconds() / 1000.0, x.language().any() ? x.language() : null);
    }

    static FileReport failed(String path, String hash, String held, String reason, long t0) {
        String kept = held == null ? "" : "; the version ingested before is kept";
        return new FileReport(path, hash, "failed", reason + kept, null, null, ms(t0));
    }

    /**
     * A file whose name is not valid UTF-8 is found by walking its folder (the path keeps the raw bytes),
     * but its name as text (U+FFFD where the bad bytes were) names no file: the worker, which gets the
     * path as text, could not open it. Such a file is read through a link whose name is that text, in a
     * temporary folder; returns the link, or null when the name is fine.
     */
    static Path validName(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (Path.of(abs.toString()).equals(abs)) {
            return null;
        }
        Path dir = Files.createTempDirectory("baocao-name");
        return Files.createSymbolicLink(dir.resolve(abs.getFileName().toString()), abs);
    }

    /** Why a listed path is not a file to read, or null: named on the command line, or met in a folder. */
    public static String notAFile(Path f) {
        if (Files.isSymbolicLink(f) && !Files.exists(f)) {
            String target;
            try {
                target = Files.readSymbolicLink(f).toString();
            } catch (IOException e) {
                target = "?";
            }
            return "broken symbolic link: its target " + target + " does not exist";
        }
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            return "file not found (no such file, or deleted while the batch ran)";
        }
        if (Files.isDirectory(f)) {
            return "a folder, not a file";
        }
        if (!Files.isRegularFile(f)) {
            return "not a regular file (a named pipe, socket or device)";
        }
        return null;
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
