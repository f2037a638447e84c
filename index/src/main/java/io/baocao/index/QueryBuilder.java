package io.baocao.index;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.index.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query. Every syllable must match, exactly or folded; an exact
 * match scores above a folded one, and the syllables side by side (the phrase) above the syllables
 * scattered. A số ký hiệu ({@code 42/NQ-HĐND}) is looked up whole in the keyword field.
 */
public final class QueryBuilder {
    private static final float EXACT_TERM = 2f;
    /**
     * Phrase matches add a constant large enough to lift every phrase hit above every scattered one (a
     * term's BM25 score stays well under this per query syllable); within a tier BM25 decides.
     */
    private static final float TIER_PER_TERM = 40f;

    private final Analyzer exact = VietnameseAnalyzer.exact();
    private final Analyzer folded = VietnameseAnalyzer.folded();

    public Query build(String userQuery) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String rest = userQuery;
        for (DocumentNumber.Found n : DocumentNumber.findAll(userQuery)) {
            all.add(new TermQuery(new Term(IndexFields.NUMBERS, DocumentNumber.normalizeForMatch(n.canonical()))),
                    Occur.MUST);
            rest = rest.replace(userQuery.substring(n.start(), n.end()), " ");
        }
        List<String> exactTokens = tokens(exact, rest);
        List<String> foldedTokens = tokens(folded, rest);
        if (exactTokens.size() == foldedTokens.size()) {
            for (int i = 0; i < exactTokens.size(); i++) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, exactTokens.get(i))), EXACT_TERM),
                        Occur.SHOULD);
                either.add(new TermQuery(new Term(IndexFields.TEXT_FOLDED, foldedTokens.get(i))), Occur.SHOULD);
                all.add(either.build(), Occur.MUST);
            }
        } else {
            for (String t : foldedTokens) {
                all.add(new TermQuery(new Term(IndexFields.TEXT_FOLDED, t)), Occur.MUST);
            }
        }
        float tier = TIER_PER_TERM * Math.max(1, foldedTokens.size());
        if (exactTokens.size() > 1) {
            all.add(new BoostQuery(new ConstantScoreQuery(new PhraseQuery(IndexFields.TEXT,
                    exactTokens.toArray(String[]::new))), tier), Occur.SHOULD);
        }
        if (foldedTokens.size() > 1) {
            all.add(new BoostQuery(new ConstantScoreQuery(new PhraseQuery(IndexFields.TEXT_FOLDED,
                    foldedTokens.toArray(String[]::new))), tier), Occur.SHOULD);
        }
        return all.build();
    }

    /** The folded syllables of a query, for highlighting. */
    public List<String> foldedTokens(String userQuery) {
        return tokens(folded, userQuery);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
