package io.baocao.index.search;

import io.baocao.index.BaocaoSearcher;
import io.baocao.index.PassageKey;
import io.baocao.index.QueryBuilder;
import io.baocao.index.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What a search shows: the best {@code n} passages of each year, a passage and the records read from
 * it counting once, the same passage of a document held in two formats shown once, grouped by year
 * (newest first) and jurisdiction. The one place that decides this, so every front end shows the same.
 */
public final class SearchPolicy {
    private final BaocaoSearcher searcher;

    public SearchPolicy(BaocaoSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Searches and arranges: at most {@code perYear} passages a year, optionally one year and one type.
     * Every year that holds a hit is searched on its own, so a year with one hit among thousands of another
     * year's is shown. Only the best kind of match that finds anything is shown ({@link QueryBuilder.Match}):
     * the query's syllables close together; failing that, anywhere; failing that, some of them (marked
     * partial). So {@code giải ngân} shows no {@code giải pháp … ngân sách} while a passage has the phrase.
     */
    public SearchResults search(String query, Integer year, String type, int perYear) throws IOException {
        return search(query, year, type, null, perYear);
    }

    /**
     * The same, only of one sector (its id) when {@code sector} is not null. One search ranks the hits of
     * every year at once, and the hits to show are chosen from doc values (the passage key, page, content):
     * only the few dozen shown are read from the stored fields. An index written before the passage key
     * is searched as before ({@link #searchYearByYear}), with the same results, slower.
     */
    public SearchResults search(String query, Integer year, String type, String sector, int perYear) throws IOException {
        // a passage may carry a dozen records and be held in two formats: rank well past perYear
        int depth = Math.max(300, perYear * 40);
        List<BaocaoSearcher.Candidate> ranked = List.of();
        for (QueryBuilder.Match m : QueryBuilder.Match.values()) {
            BaocaoSearcher.YearRanking r = searcher.rankByYear(query, m, year, type, sector, depth);
            if (r.ranked() == null) {
                return searchYearByYear(query, year, type, sector, perYear);
            }
            if (r.found()) {
                ranked = r.ranked();
                break;
            }
        }
        return show(query, ranked, perYear);
    }

    /**
     * The same, as it was done before the passage key: one search for the years that hold hits, then one a
     * year, choosing from the stored text of hundreds of hits. For an index written before the key.
     */
    public SearchResults searchYearByYear(String query, Integer year, String type, String sector, int perYear) throws IOException {
        QueryBuilder.Match match = null;
        List<Integer> years = List.of();
        for (QueryBuilder.Match m : QueryBuilder.Match.values()) {
            match = m;
            years = searcher.years(query, m, type, sector);
            if (!years.isEmpty()) {
                break;
            }
        }
        if (year != null) {
            years = years.contains(year) ? List.of(year) : List.of();
        }
        List<BaocaoSearcher.Candidate> ranked = new ArrayList<>();
        for (Integer y : years) {
            ranked.addAll(searcher.candidates(query, match, y, y == null, type, sector, Math.max(300, perYear * 40)));
        }
        return show(query, ranked, perYear);
    }

    /** Chooses what is shown; only that is read in full (its record, highlights, file): a few dozen of hundreds. */
    private SearchResults show(String query, List<BaocaoSearcher.Candidate> ranked, int perYear) throws IOException {
        Map<String, String> whereNow = new java.util.HashMap<>();
        List<SearchHit> shown = searcher.hits(perYear(ranked, perYear, BaocaoSearcher.Candidate::passage,
                BaocaoSearcher.Candidate::page, BaocaoSearcher.Candidate::year,
                (a, b) -> searcher.sameFile(a, b, whereNow)));
        Map<String, List<SearchHit>> documents = searcher.documentRecords(
                shown.stream().map(SearchHit::doc).collect(java.util.stream.Collectors.toSet()));
        return arrange(query, shown, documents);
    }

    /** Groups hits already chosen by year, newest first, then jurisdiction, then passage. */
    static SearchResults arrange(String query, List<SearchHit> hits) {
        return arrange(query, hits, Map.of());
    }

    /**
     * The same, each passage with the document record of the logical document it is in: of a file holding
     * a report and the draft resolution after it, the last one that starts on or before the passage's page.
     */
    static SearchResults arrange(String query, List<SearchHit> hits, Map<String, List<SearchHit>> documents) {
        Map<Integer, Map<String, Map<String, List<SearchHit>>>> byYear =
                new TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
        for (SearchHit h : hits) {
            byYear.computeIfAbsent(h.year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.requireNonNullElse(h.jurisdiction(), "?"), j -> new LinkedHashMap<>())
                    .computeIfAbsent(passageKey(h), k -> new ArrayList<>()).add(h);
        }
        List<SearchResults.YearGroup> years = new ArrayList<>();
        for (var y : byYear.entrySet()) {
            List<SearchResults.JurisdictionGroup> places = new ArrayList<>();
            for (var place : y.getValue().entrySet()) {
                places.add(new SearchResults.JurisdictionGroup(place.getKey(), place.getValue().values().stream()
                        .map(h -> new SearchResults.Evidence(h, documentAt(documents.get(h.get(0).doc()), h.get(0).page())))
                        .toList()));
            }
            years.add(new SearchResults.YearGroup(y.getKey(), places));
        }
        return new SearchResults(query, years, List.copyOf(hits));
    }

    private static SearchHit documentAt(List<SearchHit> records, Integer page) {
        if (records == null || records.isEmpty()) {
            return null;
        }
        SearchHit best = records.get(0);
        for (SearchHit r : records) {
            if (page != null && r.page() != null && r.page() <= page) {
                best = r;
            }
        }
        return best;
    }

    private static String passageKey(SearchHit h) {
        return h.doc() + "|" + h.page() + "|" + sameText(h.text());
    }

    /** {@link PassageKey#sameText}: the text a passage and the table row read again for a record share. */
    static String sameText(String text) {
        return PassageKey.sameText(text);
    }

    /**
     * The best {@code n} hits of each year, a passage and the records read from it counting once; the same
     * passage of the same document in another format (a report as PDF and as DOCX) shows once, with its page.
     */
    public static List<SearchHit> perYear(List<SearchHit> hits, int n) {
        return perYear(hits, n, h -> h.doc() + "|" + sameText(h.text()), SearchHit::page, SearchHit::year,
                (a, b) -> a.file().equals(b.file()));
    }

    /**
     * The same choice over any kind of ranked hit: {@code passage} says which passage of which document it is
     * (equal for a passage, the records read from it and its copy in another format), {@code page} and
     * {@code year} where it is; {@code sameFile} says whether two are held by the same file (asked only of
     * hits of one passage).
     */
    static <H> List<H> perYear(List<H> hits, int n, Function<H, Object> passage, Function<H, Integer> page,
                               Function<H, Integer> year, BiPredicate<H, H> sameFile) {
        // of each passage, the hit whose file is shown: the first with a page, else the first
        Map<Object, H> first = new HashMap<>();
        Map<Object, H> firstPaged = new HashMap<>();
        for (H h : hits) {
            Object p = passage.apply(h);
            first.putIfAbsent(p, h);
            if (page.apply(h) != null) {
                firstPaged.putIfAbsent(p, h);
            }
        }
        Map<Integer, Set<Shown>> seen = new HashMap<>();
        List<H> out = new ArrayList<>();
        for (H h : hits) {
            Object p = passage.apply(h);
            H shownFrom = firstPaged.getOrDefault(p, first.get(p));
            if (shownFrom != h && !sameFile.test(h, shownFrom)) {
                continue;
            }
            Set<Shown> keys = seen.computeIfAbsent(year.apply(h), y -> new HashSet<>());
            Shown key = new Shown(p, page.apply(h));
            if (keys.contains(key)) {
                out.add(h);
                continue;
            }
            if (keys.size() >= n) {
                continue;
            }
            keys.add(key);
            out.add(h);
        }
        return out;
    }

    /** A passage as shown: of one page (the same passage on two pages of a document shows twice). */
    private record Shown(Object passage, Integer page) {
    }
}
