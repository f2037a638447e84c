package io.baocao.pipeline;

import io.baocao.extract.Extractors;
import io.baocao.extract.model.Record;
import io.baocao.extract.table.TableExtractors;
import io.baocao.extract.table.TableView;
import io.baocao.extract.text.Passage;
import io.baocao.pipeline.read.Readers;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.ocr.OcrConfig;
import io.baocao.pipeline.read.ocr.OcrSummary;
import io.baocao.pipeline.structure.DocumentStructure;
import io.baocao.pipeline.structure.LogicalDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One file in, its logical documents, passages and records out: read → structure → extract. */
public final class Pipeline {
    /**
     * What one file yields; {@code note} says what was worth telling about reading it (or is null),
     * {@code ocr} which pages were read by OCR and how long that took.
     */
    public record Result(Path file, String docId, String format, int pages, List<LogicalDocument> documents,
                         List<Record> records, String note, OcrSummary ocr) {
        public Result {
            ocr = ocr == null ? OcrSummary.NONE : ocr;
        }

        public Result(Path file, String docId, String format, int pages, List<LogicalDocument> documents,
                      List<Record> records) {
            this(file, docId, format, pages, documents, records, null, null);
        }

        public Result(Path file, String docId, String format, int pages, List<LogicalDocument> documents,
                      List<Record> records, String note) {
            this(file, docId, format, pages, documents, records, note, null);
        }

        public List<Passage> passages() {
            List<Passage> out = new ArrayList<>();
            for (LogicalDocument d : documents) {
                out.addAll(d.passages());
            }
            return out;
        }
    }

    private final Readers readers;
    private final DocumentStructure structure = new DocumentStructure();
    private final Extractors extractors;
    private final TableExtractors tables;

    public Pipeline(Limits limits) {
        this(limits, OcrConfig.DEFAULT);
    }

    /** @param ocr how pages without a usable text layer are read ({@link OcrConfig#OFF}: {@code --no-ocr}) */
    public Pipeline(Limits limits, OcrConfig ocr) {
        this.readers = new Readers(limits.maxChars(), limits.maxFileBytes(), ocr);
        this.extractors = Extractors.standard();
        this.tables = new TableExtractors(extractors);
    }

    public Pipeline() {
        this(Limits.DEFAULT);
    }

    public Result process(Path file) throws IOException {
        SourceText source = readers.read(file);
        if (source.lines().isEmpty()) {
            if ("pdf".equals(source.format()) && source.pages() > 0) {
                throw new UnreadableFileException(noTextLayer(source));
            }
            throw new UnreadableFileException("no text in the file");
        }
        String docId = docId(file);
        List<LogicalDocument> docs = structure.read(docId, source);
        List<Record> records = new ArrayList<>();
        for (LogicalDocument d : docs) {
            records.add(d.record());
            for (Passage p : d.passages()) {
                records.addAll(extractors.extract(p));
            }
            for (TableView t : d.tables()) {
                records.addAll(tables.extract(t));
            }
        }
        markOcr(records, source.ocr());
        return new Result(file, docId, source.format(), source.pages(), docs, records, source.note(), source.ocr());
    }

    /** Records whose evidence starts on a page read by OCR say so ({@code ocr: true}). */
    private static void markOcr(List<Record> records, OcrSummary ocr) {
        if (!ocr.any()) {
            return;
        }
        java.util.Set<Integer> pages = java.util.Set.copyOf(ocr.pages());
        for (Record r : records) {
            if (r.page != null && pages.contains(r.page)) {
                r.ocr = true;
            }
        }
    }

    /** Why a PDF gave no text at all: no OCR (off, or Tesseract missing), or OCR found nothing. */
    private static String noTextLayer(SourceText source) {
        String scan = "no text layer: " + source.pages() + " page(s) of images only (a scan?)";
        OcrSummary ocr = source.ocr();
        if (ocr.problem() != null && ocr.pages().isEmpty()) {
            return scan + ", and " + ocr.problem() + "; or run OCR first, e.g. ocrmypdf -l vie IN.pdf OUT.pdf, then ingest OUT.pdf";
        }
        if (ocr.any()) {
            return scan + ", and OCR found no text on " + (ocr.pages().size() == source.pages() ? "them" : ocr.pages().size() + " of them")
                    + (ocr.problem() == null ? "" : "; " + ocr.problem());
        }
        return scan + ", and none of them shows anything to read by OCR (blank pages?)";
    }

    /** The document id of the contract: the file's name without its extension. */
    public static String docId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
