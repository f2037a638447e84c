package io.baocao.pipeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.text.TextFold;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.QueryBuilder;
import io.baocao.index.RecordScan;
import io.baocao.index.SearchHit;
import io.baocao.index.search.SearchPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metric across years: the figures (or percentages) a query finds, in one unit, one point per
 * jurisdiction and period. Where a period holds several matching records the point is the one whose
 * metric names the query's words, else the best ranked; the others are counted, not drawn. The period
 * of a record is that of its logical document ({@code 2022-H1}, {@code 2023}), read from the document
 * record it sits under.
 */
final class Series {
    /** Ranked records looked at at most. */
    static final int MAX_RECORDS = 5000;
    static final List<String> TYPES = List.of("figure", "percentage");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2}))?");

    /** One value drawn; {@code raw} is the number as written in {@code text}, to mark it there. */
    record Point(String period, Integer year, String jurisdiction, double value, String unit, String metric, String doc,
                 Integer page, String text, String raw) {
    }

    /**
     * @param points the points drawn, by period then jurisdiction
     * @param units every unit the query's records come in, with how many records
     * @param unit the unit drawn ({@code %} for percentages)
     * @param notDrawn matching records in that unit that a better one of the same period stands for
     */
    record Result(String query, String type, String unit, List<Point> points, Map<String, Integer> units, int notDrawn) {
        List<String> periods() {
            return points.stream().map(Point::period).distinct().sorted(PERIOD_ORDER).toList();
        }

        List<String> jurisdictions() {
            return points.stream().map(Point::jurisdiction).distinct().sorted().toList();
        }
    }

    /** Periods in time order: a half-year before the year it ends, quarters and months where they fall. */
    static final Comparator<String> PERIOD_ORDER = Comparator.comparingInt((String p) -> periodKey(p)[0])
            .thenComparingInt(p -> periodKey(p)[1]).thenComparing(Comparator.naturalOrder());

    private static int[] periodKey(String p) {
        Matcher m = PERIOD.matcher(p == null ? "" : p);
        if (!m.matches()) {
            return new int[] {9999, 99};
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        int end = part == null ? 12 : switch (part) {
            case "H1" -> 6;
            case "H2" -> 12;
            case "Q1" -> 3;
            case "Q2" -> 6;
            case "Q3" -> 9;
            case "Q4" -> 12;
            default -> Integer.parseInt(part);
        };
        // a half-year sorts before the whole year that ends with it
        return new int[] {year, end * 10 + (part == null ? 9 : part.startsWith("H") ? 5 : part.startsWith("Q") ? 3 : 1)};
    }

    private Series() {
    }

    static Result compute(BaocaoSearcher searcher, Path index, String query, String type, String wantedUnit)
            throws IOException {
        List<SearchHit> ranked = SearchPolicy.perYear(searcher.search(query, null, type, MAX_RECORDS), Integer.MAX_VALUE);
        Periods periods = Periods.read(index);
        List<String> words = new QueryBuilder().foldedTokens(query);
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, List<Candidate>> byUnit = new LinkedHashMap<>();
        for (SearchHit h : ranked) {
            if (h.recordJson() == null) {
                continue;
            }
            JsonNode r = RecordJson.MAPPER.readTree(h.recordJson());
            if (!r.hasNonNull("value")) {
                continue;
            }
            String unit = "percentage".equals(type) ? "%" : r.hasNonNull("unit") ? r.get("unit").asText() : null;
            if (unit == null) {
                continue;
            }
            String metric = r.hasNonNull("metric") ? r.get("metric").asText() : null;
            String period = periods.of(h.doc(), h.page(), h.year());
            Point p = new Point(period, h.year(), h.jurisdiction() == null ? "?" : h.jurisdiction(), r.get("value").asDouble(),
                    unit, metric, h.doc(), h.page(), h.text(), r.hasNonNull("raw") ? r.get("raw").asText() : null);
            units.merge(unit, 1, Integer::sum);
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Candidate(p, namesQuery(metric, words)));
        }
        String unit = wantedUnit != null ? wantedUnit : widest(byUnit);
        List<Candidate> inUnit = unit == null ? List.of() : byUnit.getOrDefault(unit, List.of());
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : inUnit) {
            String key = c.point.jurisdiction() + "|" + c.point.period();
            Candidate old = best.get(key);
            if (old == null || (c.metricNamesQuery && !old.metricNamesQuery)) {
                best.put(key, c);
            }
        }
        List<Point> points = new ArrayList<>(best.values().stream().map(Candidate::point).toList());
        points.sort(Comparator.comparing(Point::period, PERIOD_ORDER).thenComparing(Point::jurisdiction));
        return new Result(query, type, unit, points, units, inUnit.size() - points.size());
    }

    private record Candidate(Point point, boolean metricNamesQuery) {
    }

    private static boolean namesQuery(String metric, List<String> words) {
        if (metric == null || words.isEmpty()) {
            return false;
        }
        String m = " " + TextFold.fold(metric).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return words.stream().allMatch(w -> m.contains(" " + w + " "));
    }

    /** The unit that covers the most periods (then the most records, then the best ranked). */
    private static String widest(Map<String, List<Candidate>> byUnit) {
        String best = null;
        long bestPeriods = -1;
        int bestCount = -1;
        for (var e : byUnit.entrySet()) {
            long periods = e.getValue().stream().map(c -> c.point.period()).distinct().count();
            if (periods > bestPeriods || (periods == bestPeriods && e.getValue().size() > bestCount)) {
                best = e.getKey();
                bestPeriods = periods;
                bestCount = e.getValue().size();
            }
        }
        return best;
    }

    /** The period of each document's parts, from its document records. */
    static final class Periods {
        private record Part(int page, Integer year, String period) {
        }

        private final Map<String, List<Part>> parts = new HashMap<>();

        static Periods read(Path index) throws IOException {
            Periods p = new Periods();
            try (RecordScan scan = RecordScan.open(index)) {
                scan.forEach(new RecordScan.Filter(null, null, "document", null), r -> {
                    try {
                        JsonNode d = RecordJson.MAPPER.readTree(r.json());
                        if (d.hasNonNull("period") && d.hasNonNull("doc")) {
                            p.parts.computeIfAbsent(d.get("doc").asText(), k -> new ArrayList<>()).add(new Part(
                                    d.path("page").asInt(1), d.hasNonNull("year") ? d.get("year").asInt() : null,
                                    d.get("period").asText()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            p.parts.values().forEach(l -> l.sort(Comparator.comparingInt(Part::page)));
            return p;
        }

        /**
         * The period of the part of {@code doc} that holds {@code page}: the last document record at or
         * before it of the same year; any part of that year when the page is unknown; the year alone when no
         * document record says.
         */
        String of(String doc, Integer page, Integer year) {
            String found = null;
            for (Part part : parts.getOrDefault(doc, List.of())) {
                if (year != null && !year.equals(part.year())) {
                    continue;
                }
                if (found == null || page == null || part.page() <= page) {
                    found = part.period();
                }
            }
            return found != null ? found : year != null ? year.toString() : "?";
        }
    }
}
