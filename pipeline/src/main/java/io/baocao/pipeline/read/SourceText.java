package io.baocao.pipeline.read;

import io.baocao.pipeline.read.OcrSummary;
import io.baocao.pipeline.tables.Table;
import java.util.List;

/**
 * What a reader makes of a file: its lines in reading order, its page count (0: no pages), the tables
 * reconstructed from its layout (PDF; the lines printed inside a table are the table's, not prose), a
 * note when the file was read despite something worth telling (a repaired PDF, an owner password), what
 * OCR did (PDF; {@link OcrSummary#NONE} for other formats), and the file's digital signatures (an
 * e-signed PDF's signature dictionaries: signer and time).
 */
public record SourceText(List<TextLine> lines, int pages, String format, List<Table> tables, String note,
                         OcrSummary ocr, List<FileSignature> signatures) {
    public SourceText {
        ocr = ocr == null ? OcrSummary.NONE : ocr;
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    public SourceText(List<TextLine> lines, int pages, String format, List<Table> tables, String note, OcrSummary ocr) {
        this(lines, pages, format, tables, note, ocr, List.of());
    }

    public SourceText(List<TextLine> lines, int pages, String format, List<Table> tables, String note) {
        this(lines, pages, format, tables, note, null, List.of());
    }

    public SourceText(List<TextLine> lines, int pages, String format) {
        this(lines, pages, format, List.of(), null, null, List.of());
    }

    public SourceText(List<TextLine> lines, int pages, String format, List<Table> tables) {
        this(lines, pages, format, tables, null, null, List.of());
    }

    public SourceText withNote(String n) {
        return new SourceText(lines, pages, format, tables, n, ocr, signatures);
    }

    public SourceText withSignatures(List<FileSignature> s) {
        return new SourceText(lines, pages, format, tables, note, ocr, s);
    }
}
