package io.baocao.pipeline;

import io.baocao.extract.Extractors;
import io.baocao.extract.model.Record;
import io.baocao.extract.table.TableExtractors;
import io.baocao.extract.table.TableView;
import io.baocao.extract.text.Passage;
import io.baocao.pipeline.read.Readers;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.structure.DocumentStructure;
import io.baocao.pipeline.structure.LogicalDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One file in, its logical documents, passages and records out: read → structure → extract. */
public final class Pipeline {
    /** What one file yields; {@code note} says what was worth telling about reading it (or is null). */
    public record Result(Path file, String docId, String format, int pages, List<LogicalDocument> documents,
                         List<Record> records, String note) {
        public Result(Path file, String docId, String format, int pages, List<LogicalDocument> documents,
                      List<Record> records) {
            this(file, docId, format, pages, documents, records, null);
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
        this.readers = new Readers(limits.maxChars(), limits.maxFileBytes());
        this.extractors = Extractors.standard();
        this.tables = new TableExtractors(extractors);
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
        return new Result(file, docId, source.format(), source.pages(), docs, records, source.note());
    }

    /** The document id of the contract: the file's name without its extension. */
    public static String docId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
