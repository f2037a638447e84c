package io.baocao.pipeline.read;

import io.baocao.pipeline.read.OcrSummary;
import io.baocao.pipeline.tables.Table;
import java.util.List;

/**
 * What a reader makes of a file: its lines in reading order, its page count (0: no pages), the tables
 * reconstructed from its layout (PDF; the lines printed inside a table are the table's, not prose), a
 * note when the file was read despite something worth telling (a repaired PDF, an owner password), and
 * what OCR did (PDF; {@link OcrSummary#NONE} for other formats).
 */
public record SourceText(List<TextLine> lines, int pages, String format, List<Table> tables, String note,
                         OcrSummary ocr) {
    public SourceText {
        ocr = ocr == null ? OcrSummary.NONE : ocr;
    }

    public SourceText(List<TextLine> lines, int pages, String format) {
        this(lines, pages, format, List.of(), null, null);
    }

    public SourceText(List<TextLine> lines, int pages, String format, List<Table> tables) {
        this(lines, pages, format, tables, null, null);
    }

    public SourceText(List<TextLine> lines, int pages, String format, List<Table> tables, String note) {
        this(lines, pages, format, tables, note, null);
    }

    public SourceText withNote(String n) {
        return new SourceText(lines, pages, format, tables, n, ocr);
    }
}
