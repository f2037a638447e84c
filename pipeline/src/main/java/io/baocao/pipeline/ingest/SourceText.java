package io.baocao.pipeline.ingest;

import java.util.List;

/**
 * What a reader makes of a file: its lines in reading order and its page count (0: no pages), and a
 * note when the file was read despite something worth telling (a repaired PDF, an owner password).
 */
public record SourceText(List<TextLine> lines, int pages, String format, String note) {
    public SourceText(List<TextLine> lines, int pages, String format) {
        this(lines, pages, format, null);
    }

    public SourceText withNote(String n) {
        return new SourceText(lines, pages, format, n);
    }
}
