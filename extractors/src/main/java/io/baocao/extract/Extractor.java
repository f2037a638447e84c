package io.baocao.extract;

import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import java.util.List;

/** One kind of knowledge read from one passage: a pure function of text and layout. */
public interface Extractor {
    List<? extends Record> extract(Passage passage);
}
