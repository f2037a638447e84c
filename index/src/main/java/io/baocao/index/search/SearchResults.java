package io.baocao.index.search;

import io.baocao.extract.sector.Sectors;
import io.baocao.index.SearchHit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found, arranged the way a reader looks at it: years newest first, within a year the
 * jurisdictions, within a jurisdiction the passages (evidence) with the records read from them. Front
 * ends (the command line, {@code --json}, a web page) only format this; the choice and the order of
 * what is shown are made in {@link SearchPolicy}.
 *
 * @param query what the reader typed
 * @param years the year groups, newest first, the unknown year last
 * @param hits every hit shown, best first (a passage and each record read from it are hits of their own)
 */
public record SearchResults(String query, List<YearGroup> years, List<SearchHit> hits) {
    /** The document record of the logical document a hit is in, or null when the index has none. */
    public SearchHit documentOf(SearchHit h) {
        for (YearGroup y : years) {
            for (JurisdictionGroup j : y.jurisdictions()) {
                for (Evidence e : j.evidence()) {
                    if (e.hits().contains(h)) {
                        return e.document();
                    }
                }
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /**
     * How many of the passages shown are about each sector (a passage and the records read from it count
     * once), most first, then in the order of words/sectors.txt: the sector facet.
     */
    public Map<String, Long> sectorCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (YearGroup y : years) {
            for (JurisdictionGroup j : y.jurisdictions()) {
                for (Evidence e : j.evidence()) {
                    String s = e.sector();
                    if (s != null) {
                        counts.merge(s, 1L, Long::sum);
                    }
                }
            }
        }
        List<String> order = Sectors.ids();
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> c) -> -c.getValue())
                        .thenComparing(c -> order.indexOf(c.getKey())))
                .forEach(c -> sorted.put(c.getKey(), c.getValue()));
        return sorted;
    }

    /** The hits of one year ({@code null}: the year is not known), by jurisdiction. */
    /**
     * Every group and every field of every hit shown, one line each, in order: what two ways of answering
     * a query (one pass, year by year; two builds of baocao) must agree on, compared as text by the tests
     * and by the search benchmark.
     */
    public String comparableText() {
        StringBuilder b = new StringBuilder();
        for (YearGroup y : years) {
            b.append("year ").append(y.year()).append('\n');
            for (JurisdictionGroup j : y.jurisdictions()) {
                b.append(' ').append(j.jurisdiction()).append(" (").append(j.hitCount()).append(")\n");
                for (Evidence e : j.evidence()) {
                    b.append("  document ").append(e.document() == null ? null : e.document().recordJson()).append('\n');
                    for (SearchHit h : e.hits()) {
                        b.append("   ").append(h.doc()).append(' ').append(h.file()).append(" p").append(h.page())
                                .append(' ').append(h.type()).append(' ').append(h.score()).append(' ')
                                .append(h.partial()).append(' ').append(h.text()).append(' ').append(h.recordJson());
                        h.highlights().forEach(s -> b.append(" [").append(s[0]).append(',').append(s[1]).append(']'));
                        b.append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    public record YearGroup(Integer year, List<JurisdictionGroup> jurisdictions) {
    }

    /**
     * The hits of one jurisdiction in one year ({@code "?"} when the document does not say), by passage.
     */
    public record JurisdictionGroup(String jurisdiction, List<Evidence> evidence) {
        /** How many hits the group holds, passages and records together. */
        public int hitCount() {
            return evidence.stream().mapToInt(e -> e.hits().size()).sum();
        }
    }

    /**
     * One passage of one document on one page and the hits that share it: the passage itself and the
     * records read from it, in rank order. The first hit carries what is common (doc, page, section, text);
     * {@code document} is the document record of the logical document it is in (its kind, number, date).
     */
    public record Evidence(List<SearchHit> hits, SearchHit document) {
        public Evidence(List<SearchHit> hits) {
            this(hits, null);
        }

        public SearchHit first() {
            return hits.get(0);
        }

        public String doc() {
            return first().doc();
        }

        public Integer page() {
            return first().page();
        }

        /** The most specific heading path any of the hits gives (a row's record knows its table's part). */
        public String section() {
            String best = first().section();
            for (SearchHit h : hits) {
                if (h.section() != null && (best == null || h.section().length() > best.length())) {
                    best = h.section();
                }
            }
            return best;
        }

        /** True when the passage meets only some of the query's syllables. */
        public boolean partial() {
            return first().partial();
        }

        public String text() {
            return first().text();
        }

        /** The sector of the passage: the first hit's that has one. */
        public String sector() {
            return hits.stream().map(SearchHit::sector).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        public List<int[]> highlights() {
            return first().highlights();
        }

        /** The hits that are records (the passage itself left out), with their one-line summaries. */
        public List<SearchHit> records() {
            return hits.stream().filter(h -> h.recordJson() != null).toList();
        }
    }
}
