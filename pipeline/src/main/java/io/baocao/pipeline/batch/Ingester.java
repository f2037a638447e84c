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
 * Ingests files into a {@link RecordSink} (the Lucene index, or a JSON Lines file), one at a time. A file
 * is identified by the hash of its bytes: the same file twice, or a copy under another name, adds nothing;
 * a changed file replaces what its path held. A file that cannot be read is reported with the reason and
 * the batch goes on. Changes are committed at file boundaries only, so what the sink holds on disk (what
 * a search sees, what a killed ingest leaves) is whole files; running the same batch again finishes what
 * is missing.
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

    private final FileExtractor extractor;
    private long lastCommit = System.nanoTime();

    public Ingester(FileExtractor extractor) {
        this.extractor = extractor;
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
        for (Path f : files) {
            progress.started(f);
            FileReport r = one(f, sink);
            if (System.nanoTime() - lastCommit >= COMMIT_EVERY.toNanos()) {
                commit(sink);
            }
            progress.finished(r);
        }
        commit(sink);
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

    private FileReport one(Path file, RecordSink sink) throws IOException {
        long t0 = System.nanoTime();
        String path = file.toAbsolutePath().normalize().toString();
        String notAFile = notAFile(file);
        if (notAFile != null) {
            return new FileReport(path, null, "failed", notAFile, null, null, ms(t0));
        }
        String hash;
        try {
            hash = sha256(file);
        } catch (IOException e) {
            return new FileReport(path, null, "failed", Reason.of(e), null, null, ms(t0));
        }
        String held = sink.hashOf(path);
        if (hash.equals(held)) {
            return new FileReport(path, hash, "skipped", "already indexed, unchanged", null, null, ms(t0));
        }
        if (sink.holds(hash)) {
            List<String> holders = sink.pathsOf(hash);
            sink.link(path, hash);
            return new FileReport(path, hash, "skipped", "same content as " + (holders.isEmpty() ? "a file" : holders.get(0))
                    + ", already indexed", null, null, ms(t0));
        }
        Extracted x;
        Path alias = null;
        try {
            alias = validName(file);
            x = extractor.extract(alias == null ? file : alias);
            if (!hash.equals(sha256(file))) {
                return failed(path, hash, held, "the file changed while it was read; ingest it again", t0);
            }
        } catch (IOException | RuntimeException e) {
            return failed(path, hash, held, Reason.of(e), t0);
        } finally {
            if (alias != null) {
                Files.deleteIfExists(alias);
                Files.deleteIfExists(alias.getParent());
            }
        }
        sink.put(path, hash, x);
        String note = alias == null ? x.note()
                : (x.note() == null ? "" : x.note() + "; ") + "its name is not valid UTF-8 (shown with \uFFFD): renaming it is best";
        String language = x.language().describe();
        if (language != null) {
            note = (note == null ? "" : note + "; ") + language;
        }
        return new FileReport(path, hash, "ok", note, x.pages(), x.records().size(), ms(t0), x.ocrPages(),
                x.ocrMilliseconds() / 1000.0, x.language().any() ? x.language() : null);
    }

    private static FileReport failed(String path, String hash, String held, String reason, long t0) {
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

    private static long ms(long t0) {
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
