package io.baocao.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.text.TextFold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search relevance against judged queries ({@code gold/queries.jsonl}: each query with the passages a
 * reader would want, judged by reading the corpus). For each query and each year group shown with
 * {@code -n 10}: precision@10 (judged passages among the passages shown) and nDCG@10 (binary gain, the
 * ideal list holding the judged passages the year has); recall: the judged passages found anywhere in
 * the results of a wide search ({@code -n 1000}). The command ({@code baocao eval --search}) and the
 * regression test both use this class.
 */
public final class SearchEvaluation {
    /** A passage a reader wants: its document, the page it starts on, and words of it as printed. */
    public record Judged(String doc, Integer page, String text) {
        boolean matches(SearchResults.Evidence e) {
            // the same words may be printed on several pages (a heading repeated on each part of a phụ lục):
            // the page tells them apart, give or take the page a passage runs over
            if (!doc.equals(e.doc()) || page != null && e.page() != null && Math.abs(page - e.page()) > 1) {
                return false;
            }
            String want = words(text);
            return e.hits().stream().anyMatch(h -> words(h.text()).contains(want));
        }

        @Override
        public String toString() {
            return doc + " p." + page + " «" + text + "»";
        }
    }

    /** A query as a reader types it, what kind of query it is, and the passages the reader wants. */
    public record JudgedQuery(String query, String genre, List<Judged> relevant) {
        /** True when the reader typed at least one mark: the stricter precision target applies. */
        public boolean diacritics() {
            return !TextFold.fold(query).equals(query.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The scores of one query: precision@10 and nDCG@10 per year group, the judged passages found, those
     * not found at all (lost), and the passages shown in the first ten of a year that no judge asked for.
     */
    public record QueryScore(JudgedQuery query, Map<Integer, Double> precision, Map<Integer, Double> ndcg,
                             int found, List<Judged> lost, List<String> unwanted) {
        public double meanPrecision() {
            return precision.isEmpty() ? 0 : precision.values().stream().mapToDouble(d -> d).average().orElse(0);
        }

        /** nDCG@10 averaged over the year groups that hold a judged passage (1 when none is judged). */
        public double meanNdcg() {
            return ndcg.isEmpty() ? (query.relevant().isEmpty() ? 1 : 0)
                    : ndcg.values().stream().mapToDouble(d -> d).average().orElse(0);
        }

        public double recall() {
            return query.relevant().isEmpty() ? 1 : (double) found / query.relevant().size();
        }
    }

    /** Every query's scores and the means: precision@10 for queries with and without diacritics. */
    public record Report(List<QueryScore> queries) {
        public double precision(boolean diacritics) {
            return queries.stream().filter(q -> q.query().diacritics() == diacritics)
                    .mapToDouble(QueryScore::meanPrecision).average().orElse(1);
        }

        public double ndcg() {
            return queries.stream().mapToDouble(QueryScore::meanNdcg).average().orElse(1);
        }

        public double recall() {
            int judged = queries.stream().mapToInt(q -> q.query().relevant().size()).sum();
            int found = queries.stream().mapToInt(QueryScore::found).sum();
            return judged == 0 ? 1 : (double) found / judged;
        }

        public int lost() {
            return queries.stream().mapToInt(q -> q.lost().size()).sum();
        }
    }

    private final SearchPolicy policy;

    public SearchEvaluation(SearchPolicy policy) {
        this.policy = policy;
    }

    public static List<JudgedQuery> read(Path jsonl) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = RecordJson.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new IOException(jsonl + ":" + n + ": not a JSON object: " + e.getMessage(), e);
            }
            if (!o.hasNonNull("query") || !o.has("relevant")) {
                throw new IOException(jsonl + ":" + n + ": needs \"query\" and \"relevant\"");
            }
            List<Judged> rel = new ArrayList<>();
            for (JsonNode r : o.get("relevant")) {
                rel.add(new Judged(r.get("doc").asText(), r.hasNonNull("page") ? r.get("page").asInt() : null,
                        r.get("text").asText()));
            }
            out.add(new JudgedQuery(o.get("query").asText(), o.path("genre").asText(null), rel));
        }
        return out;
    }

    public Report run(List<JudgedQuery> queries) throws IOException {
        List<QueryScore> out = new ArrayList<>();
        for (JudgedQuery q : queries) {
            out.add(score(q));
        }
        return new Report(out);
    }

    public QueryScore score(JudgedQuery q) throws IOException {
        SearchResults shown = policy.search(q.query(), null, null, 10);
        SearchResults wide = policy.search(q.query(), null, null, 1000);
        Map<Integer, Double> precision = new LinkedHashMap<>();
        Map<Integer, Double> ndcg = new LinkedHashMap<>();
        List<String> unwanted = new ArrayList<>();
        for (SearchResults.YearGroup y : shown.years()) {
            List<SearchResults.Evidence> list = evidence(y);
            int relevant = 0;
            double dcg = 0;
            Set<Judged> credited = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Judged j = judged(q, list.get(i));
                if (j != null) {
                    relevant++;
                    // a judged passage shown twice (as a row and as its record's evidence) gains once
                    if (credited.add(j)) {
                        dcg += 1 / log2(i + 2);
                    }
                } else {
                    SearchResults.Evidence e = list.get(i);
                    unwanted.add(y.year() + " " + e.doc() + " p." + e.page() + " «" + Snippet.clip(e.text(), 90) + "»");
                }
            }
            precision.put(y.year(), list.isEmpty() ? 1 : (double) relevant / list.size());
            int ideal = Math.min(10, judgedIn(q, wide, y.year()).size());
            if (ideal > 0) {
                double idcg = 0;
                for (int i = 0; i < ideal; i++) {
                    idcg += 1 / log2(i + 2);
                }
                ndcg.put(y.year(), dcg / idcg);
            }
        }
        Set<Judged> found = judgedIn(q, wide, null);
        List<Judged> lost = q.relevant().stream().filter(j -> !found.contains(j)).toList();
        return new QueryScore(q, precision, ndcg, found.size(), lost, unwanted);
    }

    private static List<SearchResults.Evidence> evidence(SearchResults.YearGroup y) {
        List<SearchResults.Evidence> out = new ArrayList<>();
        y.jurisdictions().forEach(j -> out.addAll(j.evidence()));
        // the year's passages in rank order, whatever jurisdiction they are under
        out.sort((a, b) -> Float.compare(b.first().score(), a.first().score()));
        return out;
    }

    /** The judged passages among the results: of one year group, or of all of them ({@code year} null). */
    private static Set<Judged> judgedIn(JudgedQuery q, SearchResults r, Integer year) {
        Set<Judged> out = new LinkedHashSet<>();
        for (SearchResults.YearGroup y : r.years()) {
            if (year != null && !year.equals(y.year())) {
                continue;
            }
            for (SearchResults.Evidence e : evidence(y)) {
                for (Judged j : q.relevant()) {
                    if (j.matches(e)) {
                        out.add(j);
                    }
                }
            }
        }
        return out;
    }

    private static Judged judged(JudgedQuery q, SearchResults.Evidence e) {
        for (Judged j : q.relevant()) {
            if (j.matches(e)) {
                return j;
            }
        }
        return null;
    }

    /** Folded, case and spacing ignored, so words copied from the PDF meet the indexed text. */
    static String words(String s) {
        return s == null ? "" : TextFold.foldWords(s).strip();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
