package io.baocao.pipeline.read;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file into lines. One narrow interface; implementations are picked by detected format. */
public interface SourceReader {
    SourceText read(Path file) throws IOException;
}
