package io.baocao.pipeline.batch;

import io.baocao.index.BaocaoIndex;
import io.baocao.index.IndexFields;
import io.baocao.index.IngestedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/** The Lucene index as a {@link RecordSink}: passages and records of each content, searchable. */
public final class IndexSink implements RecordSink {
    /**
     * Written into every index folder baocao creates: what tells a baocao index from a folder of other
     * files or another program's Lucene index, neither of which is ever written into.
     */
    public static final String MARKER = "baocao-index.json";
    private static final String MARKER_TEXT = "{\"format\": \"baocao-index/1\"}\n";

    private final BaocaoIndex index;

    public IndexSink(BaocaoIndex index) {
        this.index = index;
    }

    /**
     * Opens (or creates) the index in a folder for writing.
     *
     * @throws SinkUnavailableException when another process writes to it
     */
    public static IndexSink open(Path dir) throws IOException {
        String refusal = refusal(dir, true);
        if (refusal != null) {
            throw new SinkUnavailableException(refusal);
        }
        BaocaoIndex index;
        try {
            index = BaocaoIndex.open(dir);
        } catch (LockObtainFailedException e) {
            throw new SinkUnavailableException("another process is writing to the index " + dir
                    + " (it holds write.lock); wait for it to finish");
        }
        try {
            Path marker = dir.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            index.close();
            throw e;
        }
        return new IndexSink(index);
    }

    /**
     * Why a folder is not a baocao index to use, or null. For writing, a folder that does not exist yet
     * or is empty is fine (the index is created); for reading it is not. A folder holding other files, or
     * another program's Lucene index, is refused. An index written before the marker existed is known
     * by its fields ({@code kind} and {@code hash}) and gets the marker at its next ingest.
     */
    public static String refusal(Path dir, boolean forWriting) {
        String noIndex = "no index at " + dir + " (run: baocao ingest FOLDER" + (dir.toString().equals("data/index") ? "" : " --index " + dir) + ")";
        if (!Files.exists(dir)) {
            return forWriting ? null : noIndex;
        }
        if (!Files.isDirectory(dir)) {
            return dir + " is a file, not an index folder";
        }
        try {
            if (Files.exists(dir.resolve(MARKER))) {
                String text = Files.readString(dir.resolve(MARKER), StandardCharsets.UTF_8);
                return text.contains("\"baocao-index/") ? null
                        : dir + " holds a " + MARKER + " that baocao did not write; it is not used as an index";
            }
            List<String> names;
            try (Stream<Path> s = Files.list(dir)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            if (names.isEmpty()) {
                return forWriting ? null : noIndex + "; the folder is empty";
            }
            if (names.stream().noneMatch(n -> n.startsWith("segments_"))) {
                return dir + " is not a baocao index: it holds other files (" + names.get(0)
                        + (names.size() > 1 ? " and " + (names.size() - 1) + " more" : "")
                        + "), which baocao does not write into; give --index a new or empty folder";
            }
            try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
                FieldInfos fields = FieldInfos.getMergedFieldInfos(r);
                boolean baocao = fields.fieldInfo(IndexFields.KIND) != null && fields.fieldInfo(IndexFields.HASH) != null
                        || r.numDocs() == 0 && names.stream().allMatch(n -> n.startsWith("segments_")
                        || n.equals("write.lock") || n.startsWith("ingest-report.json"));
                return baocao ? null : dir + " holds a Lucene index of another program (no baocao fields); baocao "
                        + "does not write into it: give --index a new or empty folder";
            }
        } catch (IOException e) {
            return "cannot read the index at " + dir + ": " + Reason.of(e).replaceFirst("^cannot read: ", "");
        }
    }

    @Override
    public String hashOf(String path) throws IOException {
        return index.hashOf(path);
    }

    @Override
    public boolean holds(String hash) throws IOException {
        return index.containsHash(hash);
    }

    @Override
    public List<String> pathsOf(String hash) throws IOException {
        return index.pathsOf(hash);
    }

    @Override
    public Set<String> paths() throws IOException {
        return index.paths();
    }

    @Override
    public void put(String path, String hash, Extracted x) throws IOException {
        index.put(new IngestedFile(path, hash, x.docId(), x.pages(), x.passages(), x.records()));
    }

    @Override
    public void link(String path, String hash) throws IOException {
        index.link(path, hash);
    }

    @Override
    public void remove(String path) throws IOException {
        index.remove(path);
    }

    @Override
    public void commit() throws IOException {
        index.commit();
    }

    /** Closes the index (releasing its {@code write.lock}). */
    @Override
    public void close() throws IOException {
        index.close();
    }
}
