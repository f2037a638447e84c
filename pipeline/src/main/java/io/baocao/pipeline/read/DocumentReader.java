package io.baocao.pipeline.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * Reads one file into lines, pages and tables: the first stage. One narrow interface, as Tika's
 * {@code Parser}: a reader declares the formats it reads, and {@link ReaderRegistry}, the only place a
 * file's type is detected, hands it the files of those formats. Settings come from {@link ReadConfig}.
 */
public interface DocumentReader {
    /** The media types (base types, as Tika's detector names them) this reader reads. */
    Set<MediaType> supportedTypes();

    /**
     * Reads the file, or throws {@link UnreadableFileException} with the reason a user is told (damaged,
     * encrypted, too much text …).
     */
    SourceText read(Path file) throws IOException;
}
