package io.baocao.pipeline.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Where a batch puts what it read: the {@link Ingester} asks what the sink already holds, so that no file
 * is read twice, and hands it each file's content. A content is identified by the SHA-256 of the file's
 * bytes; a path holds one content, a content may be held by several paths (copies), and a content no path
 * holds any more is dropped by the sink. Changes become durable and visible at {@link #commit()} only,
 * all at once, so a reader (or what a killed batch leaves) sees whole files.
 *
 * <p>Sinks: {@link IndexSink} (the Lucene index, for {@code baocao search}) and {@link JsonLinesSink}
 * ({@code baocao ingest --jsonl OUT}).
 */
public interface RecordSink extends Closeable {
    /** The hash of the content this path holds, or null. */
    String hashOf(String path) throws IOException;

    /** True when the sink holds content with these bytes (at any path). */
    boolean holds(String hash) throws IOException;

    /** The paths that hold this content, sorted (empty if none). */
    List<String> pathsOf(String hash) throws IOException;

    /** Every path the sink holds. */
    Set<String> paths() throws IOException;

    /**
     * Adds a file's content (records, and passages for sinks that keep them) and makes its path hold it,
     * dropping the content the path held before if no other path holds that.
     */
    void put(String path, String hash, Extracted content) throws IOException;

    /** Says that a path holds a content the sink already has (a copy, a renamed or moved file). */
    void link(String path, String hash) throws IOException;

    /** Forgets a path, and its content if no other path holds it. */
    void remove(String path) throws IOException;

    /** Makes every change so far durable and visible, as one step. */
    void commit() throws IOException;
}
