package io.baocao.pipeline.batch;

import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads files in the calling thread: no process start, no copying of results, but no protection either:
 * a file that hangs PDFBox hangs the caller, one that exhausts the heap takes it down. For tests,
 * embedding and {@code baocao extract}; {@code baocao ingest} uses {@link io.baocao.pipeline.batch.worker.IsolatedExtractor}.
 */
public final class InProcessExtractor implements FileExtractor {
    private final Pipeline pipeline;

    public InProcessExtractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Extracted extract(Path file) throws IOException {
        return Extracted.of(pipeline.process(file));
    }
}
