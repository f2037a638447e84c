package io.baocao.pipeline.cli;

import io.baocao.extract.model.RecordJson;
import io.baocao.index.BaocaoSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baocao stats}: the documents and the records per type the index holds. */
@Command(name = "stats", description = "Files, documents and records per type in the index.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(indexDir)) {
            System.err.println("baocao: no index at " + indexDir);
            return 2;
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(indexDir)) {
            Map<String, Long> counts = s.counts();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("files", counts.get("file"));
                o.put("passages", counts.get("passage"));
                Map<String, Long> records = new LinkedHashMap<>(counts);
                records.remove("file");
                records.remove("passage");
                o.put("records", records);
                o.put("documents", s.files());
                out.println(RecordJson.MAPPER.writeValueAsString(o));
            } else {
                out.printf("%d file(s), %d passage(s)%n", counts.get("file"), counts.get("passage"));
                for (var e : counts.entrySet()) {
                    if (!e.getKey().equals("file") && !e.getKey().equals("passage")) {
                        out.printf("  %-11s %d%n", e.getKey(), e.getValue());
                    }
                }
                for (Map<String, Object> f : s.files()) {
                    out.printf("  %s  %s pages, %s records  %s%n", f.get("doc"), f.get("pages"), f.get("records"), f.get("file"));
                }
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            System.err.println("baocao: no index at " + indexDir);
            return 2;
        }
        return 0;
    }
}
