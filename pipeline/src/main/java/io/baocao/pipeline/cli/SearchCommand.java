package io.baocao.pipeline.cli;

import io.baocao.extract.model.RecordType;
import io.baocao.extract.sector.Sectors;
import io.baocao.index.BaocaoSearcher;
import io.baocao.pipeline.batch.IndexSink;
import io.baocao.pipeline.batch.Reason;
import io.baocao.index.search.Lang;
import io.baocao.index.search.SearchPolicy;
import io.baocao.index.search.SearchResults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao search QUERY}: hits grouped by year, newest first, with page, section and evidence. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Search passages and records; diacritics and case optional.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find, e.g. \"giải ngân\" or 42/NQ-HĐND; "
            + "a query that starts with - goes after --: baocao search -- -5%%.")
    List<String> query;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--year", paramLabel = "Y", description = "Only this year.")
    Integer year;

    @Option(names = "--type", paramLabel = "T", description = "Only passage, document, figure, percentage, reference or status.")
    String type;

    @Option(names = "--sector", paramLabel = "S", description = "Only passages and records of this sector: its id "
            + "(y-te, dau-tu-cong, …) or its name, marks optional (\"y te\", \"Đầu tư công\").")
    String sector;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "At most N hits per year (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--json", description = "One JSON object per hit per line.")
    boolean json;

    /**
     * Words a query may have: enough for any sentence a reader types; a pasted paragraph would make a
     * query of thousands of clauses (Lucene refuses more than 1,024) that matches everything anyway.
     */
    static final int MAX_QUERY_WORDS = 32;
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "Labels and numbers: vi (2.029,859; tăng; đã hoàn thành) or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException {
        String q = String.join(" ", query).strip();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (q.isEmpty()) {
            System.err.println("baocao: empty query");
            return 2;
        }
        if (n < 1) {
            System.err.println("baocao: -n must be at least 1 (hits per year), got " + n);
            return 2;
        }
        String[] words = q.split("\\s+");
        if (words.length > MAX_QUERY_WORDS) {
            q = String.join(" ", java.util.Arrays.copyOf(words, MAX_QUERY_WORDS));
            System.err.println("baocao: the query has " + words.length + " words; searching its first " + MAX_QUERY_WORDS);
        }
        if (type != null && !type.equals("passage") && !RecordType.ids().contains(type)) {
            System.err.println("baocao: --type must be one of passage, " + String.join(", ", RecordType.ids()));
            return 2;
        }
        String sectorId = null;
        if (sector != null) {
            var found = Sectors.find(sector);
            if (found.isEmpty()) {
                System.err.println("baocao: --sector \"" + sector + "\" is not a sector; one of " + String.join(", ", Sectors.ids()));
                return 2;
            }
            sectorId = found.get().id();
        }
        String refusal = IndexSink.refusal(indexDir, false);
        if (refusal != null) {
            System.err.println("baocao: " + Names.printable(refusal));
            return 2;
        }
        SearchResults results;
        try (BaocaoSearcher searcher = BaocaoSearcher.open(indexDir)) {
            if (searcher.writtenByOlderVersion()) {
                System.err.println("baocao: the index at " + indexDir + " was written by an older baocao; ingest again"
                        + " (rm -r " + indexDir + " && baocao ingest …)");
                return 2;
            }
            results = new SearchPolicy(searcher).search(q, year, type, sectorId, n);
        } catch (IndexNotFoundException e) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        } catch (IOException e) {
            System.err.println("baocao: cannot read the index at " + Names.printable(indexDir.toString()) + " ("
                    + Names.printable(Reason.of(e).replaceFirst("^cannot read: ", "")) + "); if it is damaged, ingest the files "
                    + "again into a new folder");
            return 1;
        }
        SearchPrinter printer = new SearchPrinter(out, System.console() != null && System.getenv("NO_COLOR") == null,
                Lang.of(lang));
        if (json) {
            printer.printJson(results);
        } else {
            printer.printText(results);
        }
        return 0;
    }
}
