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
    private final boolean folded;

    private VietnameseAnalyzer(boolean folded) {
        this.folded = folded;
    }

    /** Keeps diacritics: a match here is an exact match. */
    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(false);
    }

    /** Drops diacritics and case: finds what was typed without marks or with other ones. */
    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(true);
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
        if (folded) {
            stream = new ASCIIFoldingFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        stream = new ToneMarkFilter(stream);
        return folded ? new ASCIIFoldingFilter(stream) : stream;
    }
}
