package io.baocao.pipeline;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import io.baocao.pipeline.read.ReadConfig;
import io.baocao.pipeline.read.ReaderRegistry;
import io.baocao.pipeline.read.office.TikaReader;
import io.baocao.pipeline.read.pdf.PdfLayoutReader;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.structure.DocumentStructure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One file in, its logical documents, passages and records out: read → structure → extract. */
public final class Pipeline {
    /**
     * What one file yields: its passages (with the logical document each belongs to) and its records;
     * {@code note} says what was worth telling about reading it (or is null).
     */
    public record Result(Path file, String docId, String format, int pages, List<Passage> passages,
                         List<Record> records, String note) {
        public Result(Path file, String docId, String format, int pages, List<Passage> passages,
                      List<Record> records) {
            this(file, docId, format, pages, passages, records, null);
        }
    }

    private final ReaderRegistry readers;
    private final DocumentStructure structure = new DocumentStructure();
    private final Extraction extraction = new Extraction();

    public Pipeline(Limits limits) {
        this.readers = readers(new ReadConfig(limits.maxChars(), limits.maxFileBytes(), true));
    }

    public Pipeline() {
        this(Limits.DEFAULT);
    }

    public Result process(Path file) throws IOException {
        SourceText source = readers.read(file);
        if (source.lines().isEmpty() || io.baocao.pipeline.read.office.EmbeddedImages.onlyPictureNames(source.lines())) {
            if ("pdf".equals(source.format()) && source.pages() > 0) {
                throw new UnreadableFileException("no text layer: " + source.pages()
                        + " page(s) of images only (a scan?), and baocao has no OCR; run OCR first, e.g."
                        + " ocrmypdf -l vie IN.pdf OUT.pdf, then ingest OUT.pdf");
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
        return new Result(file, docId, source.format(), source.pages(), extracted.passages(), extracted.records(),
                source.note());
    }

    /** The standard readers: PDF through PDFBox, the office and text formats through Tika. */
    public static ReaderRegistry readers(ReadConfig config) {
        return new ReaderRegistry(config, List.of(new PdfLayoutReader(config), new TikaReader(config)));
    }

    /** The document id of the contract: the file's name without its extension. */
    public static String docId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
