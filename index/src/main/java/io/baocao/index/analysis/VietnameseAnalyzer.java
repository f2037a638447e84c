package io.baocao.index.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Vietnamese analysis chain, in one place: NFC first (PDFs and OCR can hand us decomposed marks,
 * which ASCII folding would not fold), syllable tokens, lower case, the modern tone placement, and,
 * for the folded field, no marks at all ({@code giải ngân}, {@code giai ngan}, {@code GIẢI NGÂN} and
 * {@code đ}/{@code d} meet there). The exact field keeps the marks so exact matches can rank first.
 */
public final class VietnameseAnalyzer extends Analyzer {
    private enum Mode { EXACT, FOLDED, FORMS }

    private final Mode mode;

    private VietnameseAnalyzer(Mode mode) {
        this.mode = mode;
    }

    /** Keeps diacritics: a match here is an exact match. */
    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(Mode.EXACT);
    }

    /** Drops diacritics and case: finds what was typed without marks or with other ones. */
    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(Mode.FOLDED);
    }

    /**
     * Both spellings of each syllable at the same position: the exact form (marks kept) and, when it has
     * marks, the folded one. A query syllable typed with marks is looked up as its exact form and so finds
     * only that syllable ({@code đang} not {@code Đảng}); one typed without marks equals the folded form
     * and finds every accented spelling. One field, so a phrase can mix both kinds of syllable.
     */
    public static VietnameseAnalyzer forms() {
        return new VietnameseAnalyzer(Mode.FORMS);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ToneMarkFilter(stream);
        return new TokenStreamComponents(source, fold(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        stream = new ToneMarkFilter(stream);
        return fold(stream);
    }

    private TokenStream fold(TokenStream stream) {
        return switch (mode) {
            case EXACT -> stream;
            case FOLDED -> new ASCIIFoldingFilter(stream);
            // the original first, the folded form at the same position (only when it differs)
            case FORMS -> new ASCIIFoldingFilter(stream, true);
        };
    }
}
