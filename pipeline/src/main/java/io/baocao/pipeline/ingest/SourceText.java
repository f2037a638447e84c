package io.baocao.pipeline.ingest;

import io.baocao.pipeline.tables.Table;
import java.util.List;

/**
 * What a reader makes of a file: its lines in reading order, its page count (0: no pages), and the tables
 * reconstructed from its layout (PDF); the lines printed inside a table are the table's, not prose.
 */
public record SourceText(List<TextLine> lines, int pages, String format, List<Table> tables) {
    public SourceText(List<TextLine> lines, int pages, String format) {
        this(lines, pages, format, List.of());
    }
}
