package io.baocao.extract.text;

import java.util.List;

/**
 * What the structure stage makes of one file: its logical documents, and its text in reading order
 * (paragraphs and table rows, one a line), from which extraction reads what the whole file speaks of
 * (the place an appendix of bare tables belongs to), and the file's digital signatures (who signed the
 * document it opens with, and when).
 */
public record StructuredFile(String doc, String text, List<LogicalDocument> documents, List<Signature> signatures) {
    public StructuredFile {
        documents = List.copyOf(documents);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    public StructuredFile(String doc, String text, List<LogicalDocument> documents) {
        this(doc, text, documents, List.of());
    }
}
