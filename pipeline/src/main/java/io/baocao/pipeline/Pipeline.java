package io.baocao.pipeline;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import io.baocao.pipeline.nlp.LanguageCheck;
import io.baocao.pipeline.nlp.LanguageFlags;
import io.baocao.pipeline.read.ReadConfig;
import io.baocao.pipeline.read.ReaderRegistry;
import io.baocao.pipeline.read.office.TikaReader;
import io.baocao.pipeline.read.pdf.PdfLayoutReader;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.OcrConfig;
import io.baocao.pipeline.read.OcrSummary;
import io.baocao.pipeline.structure.DocumentStructure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One file in, its logical documents, passages and records out: read → structure → extract (→ language check). */
public final class Pipeline {
    /**
     * What one file yields: its passages (with the logical document each belongs to) and its records;
     * {@code note} says what was worth telling about reading it (or is null), {@code ocr} which pages were
     * read by OCR and how long that took, {@code language} which passages are not Vietnamese or are
     * Vietnamese mis-decoded.
     */
    public record Result(Path file, String docId, String format, int pages, List<Passage> passages,
                         List<Record> records, String note, OcrSummary ocr, LanguageFlags language) {
        public Result {
            ocr = ocr == null ? OcrSummary.NONE : ocr;
            language = language == null ? LanguageFlags.NONE : language;
        }

        public Result(Path file, String docId, String format, int pages, List<Passage> passages,
                      List<Record> records, String note, OcrSummary ocr) {
            this(file, docId, format, pages, passages, records, note, ocr, null);
        }

        public Result(Path file, String docId, String format, int pages, List<Passage> passages,
                      List<Record> records) {
            this(file, docId, format, pages, passages, records, null, null);
        }

        public Result(Path file, String docId, String format, int pages, List<Passage> passages,
                      List<Record> records, String note) {
            this(file, docId, format, pages, passages, records, note, null);
        }
    }

    private final ReaderRegistry readers;
    private final DocumentStructure structure = new DocumentStructure();
    private final Extraction extraction = new Extraction();
    private final LanguageCheck languageCheck = new LanguageCheck();

    public Pipeline(Limits limits) {
        this(limits, OcrConfig.DEFAULT);
    }

    /** @param ocr how pages without a usable text layer are read ({@link OcrConfig#OFF}: {@code --no-ocr}) */
    public Pipeline(Limits limits, OcrConfig ocr) {
        this.readers = readers(new ReadConfig(limits.maxChars(), limits.maxFileBytes(), true, ocr));
    }

    public Pipeline() {
        this(Limits.DEFAULT);
    }

    public Result process(Path file) throws IOException {
        return process(file, true);
    }

    /**
     * A file through every stage but the language check, to warm a reader process's JIT up: the warm-up's
     * sentence is unaccented (PDF's standard fonts have no Vietnamese letters), and checking it would load the
     * language detector (10 MB on disk, some 60 MB of heap) in every worker, whether or not a file needs it.
     */
    public Result warmUp(Path file) throws IOException {
        return process(file, false);
    }

    private Result process(Path file, boolean checkLanguage) throws IOException {
        SourceText source = readers.read(file);
        if (source.lines().isEmpty() || io.baocao.pipeline.read.office.EmbeddedImages.onlyPictureNames(source.lines())) {
            if ("pdf".equals(source.format()) && source.pages() > 0) {
                throw new UnreadableFileException(noTextLayer(source));
            }
            int images = io.baocao.pipeline.read.office.EmbeddedImages.count(file);
            if (images > 0) {
                throw new UnreadableFileException("no text: " + images + " image(s) only (a scan pasted into a document?), and"
                        + " baocao has no OCR; run OCR on the scan first, e.g. save it as PDF and run ocrmypdf -l vie IN.pdf OUT.pdf");
            }
            throw new UnreadableFileException("no text in the file");
        }
        String docId = docId(file);
        Extraction.Output extracted = extraction.extract(structure.read(docId, source));
        markOcr(extracted.records(), source.ocr());
        return new Result(file, docId, source.format(), source.pages(), extracted.passages(), extracted.records(),
                source.note(), source.ocr(), checkLanguage ? languageCheck.check(extracted.passages()) : LanguageFlags.NONE);
    }

    /** The standard readers: PDF through PDFBox, the office and text formats through Tika. */
    public static ReaderRegistry readers(ReadConfig config) {
        return new ReaderRegistry(config, List.of(new PdfLayoutReader(config), new TikaReader(config)));
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
