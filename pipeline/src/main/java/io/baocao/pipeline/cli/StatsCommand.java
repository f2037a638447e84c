package io.baocao.pipeline.cli;

import io.baocao.extract.model.RecordJson;
import io.baocao.extract.model.RecordType;
import io.baocao.index.BaocaoSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baocao stats}: the documents (distinct contents) the index holds, the files that hold them, and
 * the records per type. Reads the last commit, so it works while an ingest runs.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Documents, files and records per type in the index.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String refusal = io.baocao.pipeline.batch.IndexSink.refusal(indexDir, false);
        if (refusal != null) {
            System.err.println("baocao: " + Names.printable(refusal));
            return 2;
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(indexDir)) {
            Map<String, Long> counts = s.counts();
            Map<String, Long> records = new LinkedHashMap<>();
            for (String t : RecordType.ids()) {
                records.put(t, counts.getOrDefault(t, 0L));
            }
            long total = records.values().stream().mapToLong(Long::longValue).sum();
            List<Map<String, Object>> documents = s.files();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("documents", counts.get("file"));
                o.put("files", counts.get("path"));
                o.put("passages", counts.get("passage"));
                o.put("records", records);
                o.put("records_total", total);
                o.put("index", documents);
                out.println(RecordJson.MAPPER.writeValueAsString(o));
            } else {
                out.printf("%d document(s) in %d file(s): %d passage(s), %d record(s)%n", counts.get("file"),
                        counts.get("path"), counts.get("passage"), total);
                for (var e : records.entrySet()) {
                    out.printf("  %-11s %d%n", e.getKey(), e.getValue());
                }
                for (Map<String, Object> d : documents) {
                    @SuppressWarnings("unchecked") List<String> files = (List<String>) d.get("files");
                    out.printf("  %s  %s pages, %s records  %s%n", d.get("doc"), d.get("pages"), d.get("records"),
                            String.join(", ", files));
                }
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            System.err.println("baocao: no index at " + indexDir);
            return 2;
        }
        return 0;
    }
}
