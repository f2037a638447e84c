package io.baocao.pipeline.eval;

import io.baocao.index.BaocaoIndex;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.search.SearchEvaluation;
import io.baocao.index.search.SearchPolicy;
import io.baocao.pipeline.batch.IndexSink;
import io.baocao.pipeline.batch.Ingester;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code baocao eval --search}: the judged queries of {@code gold/queries.jsonl} run against an index of
 * the corpus (built for the run in a temporary folder, or one given), scored by {@link SearchEvaluation}.
 */
public final class SearchEval {
    private SearchEval() {
    }

    /** Scores the judged queries against {@code index}, or against a fresh index of {@code corpus}. */
    public static SearchEvaluation.Report run(Path queries, Path corpus, Path index) throws IOException {
        List<SearchEvaluation.JudgedQuery> judged = SearchEvaluation.read(queries);
        if (index != null) {
            return score(judged, index);
        }
        Path tmp = Files.createTempDirectory("baocao-search-eval");
        try {
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            try (IndexSink idx = IndexSink.open(tmp)) {
                new Ingester(new Pipeline()).ingest(files, idx, new Ingester.Progress() {
                    public void started(Path f) {
                    }

                    public void finished(Ingester.FileReport r) {
                    }
                });
            }
            return score(judged, tmp);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static SearchEvaluation.Report score(List<SearchEvaluation.JudgedQuery> judged, Path index) throws IOException {
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            return new SearchEvaluation(new SearchPolicy(s)).run(judged);
        }
    }

    /** The report for a reader: one line per query, the means, and each unwanted and lost passage. */
    public static String text(SearchEvaluation.Report r, boolean misses) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-34s %5s %6s %6s %s%n", "query", "P@10", "nDCG", "recall", "P@10 per year"));
        for (SearchEvaluation.QueryScore q : r.queries()) {
            List<String> years = new ArrayList<>();
            q.precision().forEach((y, p) -> years.add((y == null ? "?" : y) + ":" + String.format(Locale.ROOT, "%.2f", p)));
            sb.append(String.format(Locale.ROOT, "%-34s %5.2f %6.2f %6.2f %s%n", "\"" + q.query().query() + "\"",
                    q.meanPrecision(), q.meanNdcg(), q.recall(), String.join(" ", years)));
            if (misses) {
                q.unwanted().forEach(u -> sb.append("    unwanted ").append(u).append('\n'));
                q.lost().forEach(l -> sb.append("    LOST     ").append(l).append('\n'));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nprecision@10: %.3f with diacritics (target 0.9), %.3f without (target 0.8)%n",
                r.precision(true), r.precision(false)));
        sb.append(String.format(Locale.ROOT, "nDCG@10: %.3f; recall of judged passages: %.3f (%d lost) over %d queries%n",
                r.ndcg(), r.recall(), r.lost(), r.queries().size()));
        return sb.toString();
    }
}
