package io.baocao.extract.text;

/** What the extractors know of the logical document a passage belongs to. */
public record DocumentContext(String docId, String kind, Integer year, String jurisdiction) {
    public static final DocumentContext EMPTY = new DocumentContext(null, null, null, null);
}
