package io.baocao.index.search;

import io.baocao.index.BaocaoSearcher;
import io.baocao.index.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /** Searches and arranges: at most {@code perYear} passages a year, optionally one year and one type. */
    public SearchResults search(String query, Integer year, String type, int perYear) throws IOException {
        List<SearchHit> ranked = searcher.search(query, year, type, Math.max(500, perYear * 50));
        return arrange(query, perYear(ranked, perYear));
    }

    /** Groups hits already chosen by year, newest first, then jurisdiction, then passage. */
    static SearchResults arrange(String query, List<SearchHit> hits) {
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
                places.add(new SearchResults.JurisdictionGroup(place.getKey(),
                        place.getValue().values().stream().map(SearchResults.Evidence::new).toList()));
            }
            years.add(new SearchResults.YearGroup(y.getKey(), places));
        }
        return new SearchResults(query, years, List.copyOf(hits));
    }

    private static String passageKey(SearchHit h) {
        return h.doc() + "|" + h.page() + "|" + h.text();
    }

    /**
     * The best {@code n} hits of each year, a passage and the records read from it counting once; the same
     * passage of the same document in another format (a report as PDF and as DOCX) shows once, with its page.
     */
    public static List<SearchHit> perYear(List<SearchHit> hits, int n) {
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            String k = h.doc() + "|" + h.text();
            if (h.page() != null || !fileOf.containsKey(k)) {
                fileOf.putIfAbsent(k + "|paged", h.page() != null ? h.file() : null);
                fileOf.putIfAbsent(k, h.file());
            }
        }
        Map<Integer, List<String>> seen = new LinkedHashMap<>();
        List<SearchHit> out = new ArrayList<>();
        for (SearchHit h : hits) {
            String passage = h.doc() + "|" + h.text();
            String preferred = fileOf.get(passage + "|paged") != null ? fileOf.get(passage + "|paged") : fileOf.get(passage);
            if (!h.file().equals(preferred)) {
                continue;
            }
            List<String> keys = seen.computeIfAbsent(h.year(), y -> new ArrayList<>());
            String key = passageKey(h);
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
}
