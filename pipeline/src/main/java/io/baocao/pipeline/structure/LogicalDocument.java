package io.baocao.pipeline.structure;

import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.table.TableView;
import io.baocao.extract.text.Passage;
import java.util.List;

/**
 * One logical document of a file: its metadata record, its passages in reading order (a table's rows
 * among them, for search) and its tables (for the table extractors).
 */
public record LogicalDocument(DocumentRecord record, List<Passage> passages, List<TableView> tables) {
}
