package io.baocao.pipeline.batch;

import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.nlp.LanguageFlags;
import java.util.List;

/**
 * What one file yields for the index, however it was read (in this process or in a worker): its
 * passages and records, a note when it was read despite a problem worth telling, how many pages
 * were read by OCR in how long, and which passages are not Vietnamese or are mis-decoded.
 */
public record Extracted(String docId, String format, int pages, List<Passage> passages, List<Record> records,
                        String note, int ocrPages, long ocrMilliseconds, LanguageFlags language) {

    public Extracted {
        language = language == null ? LanguageFlags.NONE : language;
    }

    public Extracted(String docId, String format, int pages, List<Passage> passages, List<Record> records, String note) {
        this(docId, format, pages, passages, records, note, 0, 0, null);
    }

    public static Extracted of(Pipeline.Result r) {
        return new Extracted(r.docId(), r.format(), r.pages(), r.passages(), r.records(), r.note(),
                r.ocr().pages().size(), r.ocr().milliseconds(), r.language());
    }
}
