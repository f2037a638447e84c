package io.baocao.pipeline.batch;

import io.baocao.pipeline.read.UnreadableFileException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one file through the pipeline, in this process or in an isolated worker. */
public interface FileExtractor extends Closeable {
    /**
     * @throws UnreadableFileException when the file cannot be read, or exceeds a limit, with a reason a user
     *                                 can act on
     */
    Extracted extract(Path file) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
