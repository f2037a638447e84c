package io.baocao.index;

import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import java.util.List;

/**
 * Everything one file contributed: its identity, its passages and its records. It goes into the index
 * as one block, so a reader sees all of it or none of it.
 */
public record IngestedFile(String path, String hash, String docId, int pages, List<Passage> passages,
                           List<Record> records) {
}
