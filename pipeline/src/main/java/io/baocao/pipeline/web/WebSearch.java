package io.baocao.pipeline.web;

import io.baocao.extract.sector.Sectors;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.SearchHit;
import io.baocao.index.search.SearchPolicy;
import io.baocao.index.search.SearchResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A search as the web page runs it: the results come from {@link SearchPolicy}, the same code the command
 * line prints, and beside them facet counts (year, jurisdiction, type, sector) over every hit of the query, each
 * dimension counted with the other dimensions' filters applied, so a count says what a click will give.
 */
final class WebSearch {
    /** Hits counted for the facets at most; past this the counts are a lower bound and the page says so. */
    static final int FACET_HITS = 5000;
    /** Passages per year looked at before a jurisdiction filter keeps its own. */
    static final int WIDE_PER_YEAR = 200;

    record Request(String query, Integer year, String type, String jurisdiction, int perYear, String sector) {
    }

    record Facet(String value, long count, boolean selected) {
    }

    record Result(Request request, SearchResults results, List<Facet> years, List<Facet> jurisdictions,
                  List<Facet> types, List<Facet> sectors, boolean facetsCapped) {
    }

    private WebSearch() {
    }

    static Result run(BaocaoSearcher searcher, Request r) throws IOException {
        SearchPolicy policy = new SearchPolicy(searcher);
        SearchResults results = r.jurisdiction() == null
                ? policy.search(r.query(), r.year(), r.type(), r.sector(), r.perYear())
                : onlyJurisdiction(policy.search(r.query(), r.year(), r.type(), r.sector(), WIDE_PER_YEAR), r.jurisdiction(),
                        r.perYear());
        List<SearchHit> ranked = searcher.search(r.query(), null, null, FACET_HITS);
        // the same passage in two formats of one document counts once, as it shows once
        List<SearchHit> all = SearchPolicy.perYear(ranked, Integer.MAX_VALUE);
        Predicate<SearchHit> year = h -> r.year() == null || r.year().equals(h.year());
        Predicate<SearchHit> type = h -> r.type() == null || r.type().equals(h.type());
        Predicate<SearchHit> place = h -> r.jurisdiction() == null || r.jurisdiction().equals(h.jurisdiction());
        Predicate<SearchHit> sector = h -> r.sector() == null || r.sector().equals(h.sector());
        List<Facet> years = facet(all, type.and(place).and(sector), h -> h.year() == null ? null : h.year().toString(),
                r.year() == null ? null : r.year().toString(), Comparator.reverseOrder());
        List<Facet> places = facet(all, year.and(type).and(sector), SearchHit::jurisdiction, r.jurisdiction(),
                Comparator.naturalOrder());
        List<Facet> types = facet(all, year.and(place).and(sector), SearchHit::type, r.type(),
                Comparator.comparingInt(Params.SEARCH_TYPES::indexOf));
        List<Facet> sectors = facet(all, year.and(type).and(place), SearchHit::sector, r.sector(),
                Comparator.comparingInt(Sectors.ids()::indexOf));
        return new Result(r, results, years, places, types, sectors, ranked.size() >= FACET_HITS);
    }

    private static List<Facet> facet(List<SearchHit> hits, Predicate<SearchHit> others, Function<SearchHit, String> value,
                                     String selected, Comparator<String> order) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            String v = value.apply(h);
            if (v != null && others.test(h)) {
                counts.merge(v, 1L, Long::sum);
            }
        }
        if (selected != null) {
            counts.putIfAbsent(selected, 0L);
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(order);
        return keys.stream().map(k -> new Facet(k, counts.get(k), k.equals(selected))).toList();
    }

    /** The results of one jurisdiction: its best {@code perYear} passages in each year. */
    static SearchResults onlyJurisdiction(SearchResults wide, String jurisdiction, int perYear) {
        List<SearchResults.YearGroup> years = new ArrayList<>();
        Set<SearchHit> kept = new HashSet<>();
        for (SearchResults.YearGroup y : wide.years()) {
            for (SearchResults.JurisdictionGroup g : y.jurisdictions()) {
                if (Objects.equals(g.jurisdiction(), jurisdiction)) {
                    List<SearchResults.Evidence> evidence = g.evidence().subList(0, Math.min(perYear, g.evidence().size()));
                    evidence.forEach(e -> kept.addAll(e.hits()));
                    years.add(new SearchResults.YearGroup(y.year(), List.of(new SearchResults.JurisdictionGroup(
                            g.jurisdiction(), List.copyOf(evidence)))));
                }
            }
        }
        return new SearchResults(wide.query(), years, wide.hits().stream().filter(kept::contains).toList());
    }
}
