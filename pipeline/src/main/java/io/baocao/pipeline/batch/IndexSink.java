package io.baocao.pipeline.batch;

import io.baocao.index.BaocaoIndex;
import io.baocao.index.IngestedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.LockObtainFailedException;

/** The Lucene index as a {@link RecordSink}: passages and records of each content, searchable. */
public final class IndexSink implements RecordSink {
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
        try {
            return new IndexSink(BaocaoIndex.open(dir));
        } catch (LockObtainFailedException e) {
            throw new SinkUnavailableException("another process is writing to the index " + dir
                    + " (it holds write.lock); wait for it to finish");
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
