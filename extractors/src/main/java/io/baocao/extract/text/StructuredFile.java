package io.baocao.extract.text;

import java.util.List;

/**
 * What the structure stage makes of one file: its logical documents, and its text in reading order
 * (paragraphs and table rows, one a line), from which extraction reads what the whole file speaks of
 * (the place an appendix of bare tables belongs to).
 */
public record StructuredFile(String doc, String text, List<LogicalDocument> documents) {
    public StructuredFile {
        documents = List.copyOf(documents);
    }
}
