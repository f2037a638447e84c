package io.baocao.pipeline.structure;

import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.text.Passage;
import java.util.List;

/** One logical document of a file: its metadata record and its passages in reading order. */
public record LogicalDocument(DocumentRecord record, List<Passage> passages) {
}
