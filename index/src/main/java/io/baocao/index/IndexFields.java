package io.baocao.index;

/** Field names of the baocao index: one Lucene document per passage and per record. */
public final class IndexFields {
    /** {@code passage} or a record type. */
    public static final String KIND = "kind";
    public static final String DOC = "doc";
    /** The path a content was first read from (where it is now: the {@link #PATH_KIND} links). */
    public static final String FILE = "file";
    /** SHA-256 of the file's bytes: the identity of an ingested file. */
    public static final String HASH = "hash";
    public static final String YEAR = "year";
    public static final String JURISDICTION = "jurisdiction";
    public static final String DOC_KIND = "doc_kind";
    /** The id of the sector a passage or record is about (a keyword: filtered on, stored, counted). */
    public static final String SECTOR = "sector";
    public static final String PAGE = "page";
    public static final String SECTION = "section";
    /** The evidence text, analysed with its diacritics kept. */
    public static final String TEXT = "text";
    /**
     * The same text (and, for a record, its metric and raw words), each syllable at one position both as
     * written (lower case, modern tone placement) and folded (no marks, {@code đ} → {@code d}).
     */
    public static final String TEXT_FORMS = "text_forms";
    /**
     * Số ký hiệu written in the text, canonical, upper case, {@code Đ} folded to {@code D} (so
     * {@code 42/NQ-HDND} finds {@code 42/NQ-HĐND}), as keywords (the tokenizer would split them).
     */
    public static final String NUMBERS = "numbers";
    /**
     * {@link PassageKey#of} the document and the stored text, a numeric doc value of passages and records
     * (with {@link #PASSAGE_PAGE} and {@link #CONTENT}): what a search de-duplicates on, read without the
     * stored fields. Indexes written before it lack it, and are searched the slower way.
     */
    public static final String PASSAGE_KEY = "passage_key";
    /** The page of a passage or record as a numeric doc value (absent when it has none). */
    public static final String PASSAGE_PAGE = "passage_page";
    /** The content hash of a passage or record as a sorted doc value. */
    public static final String CONTENT = "content";
    /** The record as JSON (records only). */
    public static final String RECORD = "record";
    /** A marker document per ingested content (one per hash), carrying its summary (kind {@code file}). */
    public static final String FILE_KIND = "file";
    public static final String PAGES = "pages";
    public static final String RECORDS = "records";
    public static final String PASSAGES = "passages";
    /**
     * A link from a file on disk to the content it holds (kind {@code path}): documents are identified
     * by the hash of their bytes, and any number of paths may hold the same bytes.
     */
    public static final String PATH_KIND = "path";
    /** The path of a link document (absolute, normalised). */
    public static final String PATH = "path";
    /** The content hash a link document points at. */
    public static final String TARGET = "target";

    private IndexFields() {
    }
}
