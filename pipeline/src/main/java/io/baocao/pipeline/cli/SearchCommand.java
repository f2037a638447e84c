package io.baocao.pipeline.cli;

import io.baocao.index.BaocaoSearcher;
import io.baocao.index.search.SearchPolicy;
import io.baocao.index.search.SearchResults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao search QUERY}: hits grouped by year, newest first, with page, section and evidence. */
@Command(name = "search", description = "Search passages and records; diacritics and case optional.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find, e.g. \"giải ngân\" or 42/NQ-HĐND.")
    List<String> query;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--year", paramLabel = "Y", description = "Only this year.")
    Integer year;

    @Option(names = "--type", paramLabel = "T", description = "Only passage, document, figure, percentage, reference or status.")
    String type;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "At most N hits per year (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--json", description = "One JSON object per hit per line.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String q = String.join(" ", query).strip();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (q.isEmpty()) {
            System.err.println("baocao: empty query");
            return 2;
        }
        if (type != null && !List.of("passage", "document", "figure", "percentage", "reference", "status").contains(type)) {
            System.err.println("baocao: --type must be one of passage, document, figure, percentage, reference, status");
            return 2;
        }
        if (!Files.isDirectory(indexDir)) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        }
        SearchResults results;
        try (BaocaoSearcher searcher = BaocaoSearcher.open(indexDir)) {
            results = new SearchPolicy(searcher).search(q, year, type, n);
        } catch (IndexNotFoundException e) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        }
        SearchPrinter printer = new SearchPrinter(out, System.console() != null && System.getenv("NO_COLOR") == null);
        if (json) {
            printer.printJson(results);
        } else {
            printer.printText(results);
        }
        return 0;
    }
}
