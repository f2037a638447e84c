package io.baocao.extract.text;

import io.baocao.extract.text.TableView;
import java.util.List;

/**
 * One logical document of a file as the structure stage reads it (a report, the draft resolution
 * appended to it, an appendix): its passages in reading order (a table's rows among them, for search;
 * the header lines as {@link Passage.Kind#HEADER}), its tables, and the pages it spans ({@code null} for
 * a format without pages). Nothing here is extracted yet: passages and tables carry no document context.
 */
public record LogicalDocument(String doc, List<Passage> passages, List<TableView> tables, Integer firstPage,
                              Integer lastPage) {
    public LogicalDocument {
        passages = List.copyOf(passages);
        tables = List.copyOf(tables);
    }

    public boolean paged() {
        return firstPage != null;
    }
}
