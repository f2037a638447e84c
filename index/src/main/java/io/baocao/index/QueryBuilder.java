package io.baocao.index;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.text.TextFold;
import io.baocao.index.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Turns what a reader typed into a Lucene query, syllable by syllable: a syllable typed with marks
 * matches that syllable only (any tone placement, any Unicode form), one typed without marks matches
 * every accented spelling ({@code đang} finds {@code đang}, never {@code Đảng}; {@code dang} finds both).
 * Every syllable must match; the syllables side by side (the phrase) score above the same syllables
 * scattered. A số ký hiệu ({@code 42/NQ-HĐND}, or {@code 42/NQ-HDND}) is looked up whole.
 */
public final class QueryBuilder {
    /**
     * How a hit meets the query, from best to worst: every syllable, close together and in order
     * ({@code NEAR}: side by side, or with at most one word between two of them, so {@code khách du lịch}
     * finds {@code khách tham quan, du lịch} but {@code giải ngân} does not find {@code giải pháp … ngân
     * sách}); every syllable anywhere ({@code ALL}); at least one ({@code SOME}). A search shows the best
     * kind that finds anything.
     */
    public enum Match { NEAR, ALL, SOME }

    /** An unmarked syllable matching its literal unmarked spelling scores a little above an accented one. */
    private static final float LITERAL_TERM = 0.5f;
    /**
     * Phrase matches add a constant large enough to lift every phrase hit above every scattered one (a
     * term's BM25 score stays well under this per query syllable); within a tier BM25 decides.
     */
    private static final float TIER_PER_TERM = 40f;
    /** In a partial match each syllable found lifts the hit by this: more syllables first, then BM25. */
    private static final float PER_SYLLABLE_FOUND = 20f;

    private final Analyzer exact = VietnameseAnalyzer.exact();
    private final Analyzer folded = VietnameseAnalyzer.folded();

    /** The syllables of a query as the forms field holds them, and the document numbers it names. */
    public record Parsed(List<String> syllables, List<String> numbers) {
        /** True when the syllable carries a mark (a tone, a vowel mark or đ): it must match as typed. */
        public static boolean marked(String syllable) {
            return !TextFold.fold(syllable).equals(syllable);
        }
    }

    public Parsed parse(String userQuery) {
        List<String> numbers = new ArrayList<>();
        String rest = userQuery;
        for (DocumentNumber.Found n : DocumentNumber.findAll(userQuery)) {
            numbers.add(numberKey(n.canonical()));
            rest = rest.replace(userQuery.substring(n.start(), n.end()), " ");
        }
        return new Parsed(tokens(exact, rest), numbers);
    }

    /** Every syllable and every document number must match. */
    public Query build(String userQuery) {
        return build(userQuery, Match.ALL);
    }

    public Query build(String userQuery, Match match) {
        return build(userQuery, match, false, true);
    }

    /**
     * The {@code NEAR} query of hits that hold the syllables side by side, in order (the exact phrase as the
     * filter instead of the sloppy one): a part of what {@code NEAR} finds, each hit with the score
     * {@code NEAR} gives it (the same clauses). Null when the query has fewer than two syllables.
     */
    Query nearAsPhrase(String userQuery) {
        return parse(userQuery).syllables().size() < 2 ? null : build(userQuery, Match.NEAR, true, true);
    }

    /**
     * The {@code NEAR} query without the exact phrase's score: what a hit of {@code NEAR} that does not hold
     * the phrase scores, so its highest possible score bounds the score of every such hit.
     */
    Query nearWithoutPhraseTier(String userQuery) {
        return build(userQuery, Match.NEAR, false, false);
    }

    /** The syllables side by side, in order (null when fewer than two). */
    Query phrase(String userQuery) {
        List<String> syllables = parse(userQuery).syllables();
        return syllables.size() < 2 ? null : new PhraseQuery(IndexFields.TEXT_FORMS, syllables.toArray(String[]::new));
    }

    /**
     * {@code exactNear}: the {@code NEAR} filter is the exact phrase (slop 0) instead of the sloppy one;
     * {@code phraseTier}: the exact phrase lifts a hit (the clause every query has; off only to bound the
     * scores of the hits without it). The clauses are always added in the same order.
     */
    private Query build(String userQuery, Match match, boolean exactNear, boolean phraseTier) {
        Parsed p = parse(userQuery);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String n : p.numbers()) {
            all.add(new TermQuery(new Term(IndexFields.NUMBERS, n)), Occur.MUST);
        }
        List<String> syllables = p.syllables();
        for (String s : syllables) {
            TermQuery term = new TermQuery(new Term(IndexFields.TEXT_FORMS, s));
            if (match == Match.ALL) {
                all.add(term, Occur.MUST);
            } else {
                all.add(term, Occur.SHOULD);
                all.add(new BoostQuery(new ConstantScoreQuery(term), PER_SYLLABLE_FOUND), Occur.SHOULD);
            }
            if (!Parsed.marked(s)) {
                all.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, s)), LITERAL_TERM), Occur.SHOULD);
            }
        }
        if (match == Match.SOME && !syllables.isEmpty()) {
            all.setMinimumNumberShouldMatch(1);
        }
        if (match == Match.NEAR && syllables.size() > 1) {
            PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(exactNear ? 0 : syllables.size() - 1);
            for (int i = 0; i < syllables.size(); i++) {
                near.add(new Term(IndexFields.TEXT_FORMS, syllables.get(i)), i);
            }
            all.add(near.build(), Occur.FILTER);
        }
        if (syllables.size() > 1 && phraseTier) {
            all.add(new BoostQuery(new ConstantScoreQuery(new PhraseQuery(IndexFields.TEXT_FORMS,
                    syllables.toArray(String[]::new))), TIER_PER_TERM * syllables.size()), Occur.SHOULD);
        }
        return all.build();
    }

    /** The folded syllables of a query (case and marks off): what the web page's series matches metrics by. */
    public List<String> foldedTokens(String userQuery) {
        return tokens(folded, userQuery);
    }

    /** How a document number is indexed and looked up: no spaces, upper case, {@code Đ} as {@code D}. */
    public static String numberKey(String canonical) {
        return TextFold.fold(DocumentNumber.normalizeForMatch(canonical)).toUpperCase(Locale.ROOT);
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
