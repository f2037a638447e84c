package io.baocao.pipeline;

import io.baocao.index.BaocaoIndex;
import io.baocao.index.IngestedFile;
import io.baocao.pipeline.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Ingests files into the index, one at a time: a file is identified by the hash of its bytes (the same
 * file twice, or a renamed copy, adds nothing; a changed file replaces what its path held), a bad file is
 * reported and skipped, and every file is committed whole.
 */
public final class Ingester {
    /** What happened to one file. */
    public record FileReport(String path, String hash, String status, String reason, Integer pages, Integer records,
                             long millis) {
    }

    /** Told about every file as the batch goes. */
    public interface Progress {
        void started(Path file);

        void finished(FileReport report);
    }

    private final Pipeline pipeline;

    public Ingester(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public List<FileReport> ingest(List<Path> files, BaocaoIndex index, Progress progress) throws IOException {
        List<FileReport> reports = new ArrayList<>();
        for (Path f : files) {
            progress.started(f);
            FileReport r = one(f, index);
            reports.add(r);
            progress.finished(r);
        }
        return reports;
    }

    private FileReport one(Path file, BaocaoIndex index) throws IOException {
        long t0 = System.nanoTime();
        String path = file.toAbsolutePath().normalize().toString();
        String hash = null;
        try {
            hash = sha256(file);
            String held = index.hashOf(path);
            if (hash.equals(held)) {
                return new FileReport(path, hash, "skipped", "already indexed, unchanged", null, null, ms(t0));
            }
            if (held == null && index.containsHash(hash)) {
                return new FileReport(path, hash, "skipped", "same content as a file already indexed", null, null, ms(t0));
            }
            Pipeline.Result result = pipeline.process(file);
            index.put(new IngestedFile(path, hash, result.docId(), result.pages(), result.passages(), result.records()));
            index.commit();
            return new FileReport(path, hash, "ok", null, result.pages(), result.records().size(), ms(t0));
        } catch (UnreadableFileException e) {
            return new FileReport(path, hash, "failed", e.getMessage(), null, null, ms(t0));
        } catch (IOException | RuntimeException e) {
            return new FileReport(path, hash, "failed", reason(e), null, null, ms(t0));
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.nio.file.NoSuchFileException) {
            return "file not found (deleted while running?)";
        }
        if (root instanceof java.nio.file.AccessDeniedException) {
            return "not readable (permission denied)";
        }
        String m = root.getMessage();
        return ("cannot read: " + root.getClass().getSimpleName() + (m == null ? "" : ": " + m)).replaceAll("\\s+", " ");
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
