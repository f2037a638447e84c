package io.baocao.extract.text;

import io.baocao.extract.model.Record;
import java.util.List;

/**
 * One kind of knowledge read from one passage: a pure function of its text, layout and annotations
 * (found once per passage, shared with the other extractors).
 */
public interface Extractor {
    List<? extends Record> extract(AnnotatedPassage passage);
}
