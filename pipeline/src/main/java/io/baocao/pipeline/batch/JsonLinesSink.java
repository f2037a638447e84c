package io.baocao.pipeline.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Records as JSON Lines in one file ({@code baocao ingest --jsonl OUT}), one record per line exactly as
 * {@code baocao extract} writes them, kept in step with the files across runs as the index is: a re-run
 * reads only new and changed files and never writes a record twice; a copy adds nothing; a changed file's
 * old records go; {@code --prune} removes the records of files that are gone. Passages are not written.
 *
 * <p>How. Beside OUT, the manifest {@code OUT.sink.json} says which path holds which content (SHA-256 of
 * its bytes) and which bytes of OUT hold each content's records (offset, length; a content's lines are
 * contiguous). A new content is appended to OUT. {@link #commit()} syncs OUT, then replaces the manifest
 * atomically (written beside, synced, moved), so the manifest only ever names bytes that are on disk.
 * Opening cuts OUT back to the length the manifest names: what a run killed before its commit appended
 * goes, and that run's files are read again. When a content is dropped (a changed file, a pruned one),
 * the commit rewrites OUT without its lines: {@code OUT.compacting} is written and synced, the manifest is
 * switched to it and marked {@code compacting}, the file is moved over OUT and the mark cleared; an open
 * that finds the mark finishes the move. So whatever moment a process is killed at, the next open finds
 * OUT and its manifest agreeing, holding whole files only.
 *
 * <p>An existing OUT with no manifest beside it (not written by this sink: the output of {@code baocao
 * extract}, another program's file) is refused, never written into. One writer at a time: the sink holds
 * an OS lock on {@code OUT.lock}, which dies with its process.
 */
public final class JsonLinesSink implements RecordSink {
    static final String FORMAT = "baocao-jsonl-sink/1";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Where a content's lines are in OUT. */
    record Span(long offset, long length, int records, String doc) {
    }

    /** The manifest as stored: {@code length} is the number of bytes of OUT it vouches for. */
    record Manifest(String format, long length, boolean compacting, Map<String, Span> contents,
                    Map<String, String> paths) {
    }

    private final Path out;
    private final Path manifestFile;
    private final Path compactingFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel data;
    /** Contents in the order of their lines in OUT. */
    private Map<String, Span> contents;
    private final Map<String, String> paths;
    private long end;
    private long committedEnd;
    private boolean changed;
    private boolean dropped;

    private JsonLinesSink(Path out, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.manifestFile = sibling(out, ".sink.json");
        this.compactingFile = sibling(out, ".compacting");
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.contents = new LinkedHashMap<>();
        this.paths = new TreeMap<>();
    }

    /**
     * Opens OUT for a batch, creating it (and its folder) if need be, finishing or undoing what a killed
     * run left.
     *
     * @throws SinkUnavailableException when another process writes to OUT, or OUT is not this sink's
     */
    public static JsonLinesSink open(Path file) throws IOException {
        Path out = file.toAbsolutePath().normalize();
        if (Files.isDirectory(out)) {
            throw new SinkUnavailableException(file + " is a folder; --jsonl wants a file name, e.g. records.jsonl");
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        FileChannel lockChannel = FileChannel.open(sibling(out, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new SinkUnavailableException("another process is writing to " + file + " (it holds "
                    + sibling(out, ".lock").getFileName() + "); wait for it to finish");
        }
        JsonLinesSink sink = new JsonLinesSink(out, lockChannel, lock);
        try {
            sink.recover(file);
        } catch (IOException | RuntimeException e) {
            sink.release();
            throw e;
        }
        return sink;
    }

    /** The manifest beside a JSON Lines file: what tells this sink's files from others. */
    public static Path manifestOf(Path out) {
        return sibling(out.toAbsolutePath().normalize(), ".sink.json");
    }

    private void recover(Path asGiven) throws IOException {
        Manifest m = Files.exists(manifestFile) ? readManifest(asGiven) : null;
        if (m == null) {
            if (Files.exists(out) && Files.size(out) > 0) {
                throw new SinkUnavailableException(asGiven + " exists and was not written by baocao ingest --jsonl (no "
                        + manifestFile.getFileName() + " beside it), so it is not written into; name a new file, or delete it");
            }
            Files.deleteIfExists(compactingFile);
            m = new Manifest(FORMAT, 0, false, new LinkedHashMap<>(), new TreeMap<>());
        }
        if (m.compacting()) {
            // killed between switching the manifest to the compacted file and moving it into place
            if (Files.exists(compactingFile)) {
                Files.move(compactingFile, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } else {
            Files.deleteIfExists(compactingFile);
        }
        long size = Files.exists(out) ? Files.size(out) : m.length() > 0 ? -1 : 0;
        if (size < m.length()) {
            throw new SinkUnavailableException(asGiven + " is " + (size < 0 ? "gone" : "shorter than " + manifestFile.getFileName()
                    + " says (" + size + " of " + m.length() + " bytes)") + ": changed by something else; delete "
                    + manifestFile.getFileName() + " and " + asGiven + " to write them afresh");
        }
        contents = new LinkedHashMap<>(m.contents());
        paths.putAll(m.paths());
        data = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        if (size > m.length()) {
            // appended by a run killed before its commit: those files are read again
            data.truncate(m.length());
            data.force(true);
        }
        end = m.length();
        committedEnd = end;
        data.position(end);
        if (m.compacting() || !Files.exists(manifestFile)) {
            writeManifest(false);
        }
    }

    private Manifest readManifest(Path asGiven) throws IOException {
        Manifest m;
        try {
            m = MAPPER.readValue(manifestFile.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new SinkUnavailableException(manifestFile + " cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "); it is not a baocao manifest, or it was damaged: delete it and " + asGiven + " to write them afresh");
        }
        if (!FORMAT.equals(m.format()) || m.contents() == null || m.paths() == null) {
            throw new SinkUnavailableException(manifestFile + " is not a manifest baocao " + FORMAT + " wrote; "
                    + asGiven + " is not written into");
        }
        return m;
    }

    @Override
    public String hashOf(String path) {
        return paths.get(path);
    }

    @Override
    public boolean holds(String hash) {
        return contents.containsKey(hash);
    }

    @Override
    public List<String> pathsOf(String hash) {
        return paths.entrySet().stream().filter(e -> e.getValue().equals(hash)).map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public Set<String> paths() {
        return new TreeSet<>(paths.keySet());
    }

    @Override
    public void put(String path, String hash, Extracted content) throws IOException {
        if (!contents.containsKey(hash)) {
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            for (Record r : content.records()) {
                lines.write(RecordJson.line(r).getBytes(StandardCharsets.UTF_8));
                lines.write('\n');
            }
            write(data, ByteBuffer.wrap(lines.toByteArray()));
            contents.put(hash, new Span(end, lines.size(), content.records().size(), content.docId()));
            end += lines.size();
            changed = true;
        }
        link(path, hash);
    }

    @Override
    public void link(String path, String hash) {
        String old = paths.put(path, hash);
        if (!hash.equals(old)) {
            changed = true;
            dropIfUnheld(old);
        }
    }

    @Override
    public void remove(String path) {
        String old = paths.remove(path);
        if (old != null) {
            changed = true;
            dropIfUnheld(old);
        }
    }

    private void dropIfUnheld(String hash) {
        if (hash != null && !paths.containsValue(hash) && contents.remove(hash) != null) {
            dropped = true;
        }
    }

    @Override
    public void commit() throws IOException {
        if (!changed) {
            return;
        }
        if (dropped) {
            compact();
        } else {
            data.force(true);
            writeManifest(false);
        }
        committedEnd = end;
        changed = false;
    }

    /** Rewrites OUT with the lines of the contents still held, in their order (see the class comment). */
    private void compact() throws IOException {
        Map<String, Span> moved = new LinkedHashMap<>();
        long pos = 0;
        try (FileChannel target = FileChannel.open(compactingFile, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (var e : contents.entrySet()) {
                Span s = e.getValue();
                long done = 0;
                while (done < s.length()) {
                    done += data.transferTo(s.offset() + done, s.length() - done, target);
                }
                moved.put(e.getKey(), new Span(pos, s.length(), s.records(), s.doc()));
                pos += s.length();
            }
            target.force(true);
        }
        contents = moved;
        end = pos;
        writeManifest(true);
        data.close();
        Files.move(compactingFile, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncFolder();
        data = FileChannel.open(out, StandardOpenOption.WRITE, StandardOpenOption.READ);
        data.position(end);
        writeManifest(false);
        dropped = false;
    }

    private void writeManifest(boolean compacting) throws IOException {
        Path tmp = sibling(out, ".sink.json.tmp");
        byte[] bytes = MAPPER.writeValueAsBytes(new Manifest(FORMAT, end, compacting, contents, paths));
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            write(c, ByteBuffer.wrap(bytes));
            c.force(true);
        }
        Files.move(tmp, manifestFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncFolder();
    }

    /** Makes the renames durable (where the platform allows opening a folder). */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(out.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here: the rename is atomic, only its durability on power loss is weaker
        }
    }

    private static void write(FileChannel c, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            c.write(b);
        }
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
    }

    /** Closes OUT; lines appended since the last commit are taken back, as a killed run's would be. */
    @Override
    public void close() throws IOException {
        try {
            if (data != null && data.isOpen()) {
                if (end > committedEnd || changed) {
                    data.truncate(committedEnd);
                }
                data.close();
            }
        } finally {
            release();
        }
    }

    private void release() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
