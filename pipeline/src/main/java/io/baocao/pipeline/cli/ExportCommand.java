package io.baocao.pipeline.cli;

import io.baocao.index.RecordScan;
import io.baocao.pipeline.export.RecordExport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baocao export}: the records of the index (or those matching a query) as JSON Lines, CSV or XLSX. */
@Command(name = "export", description = "Write the index's records (all, or those matching --query) as jsonl, csv or xlsx.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--query", paramLabel = "Q", description = "Only records matching these words (as search finds them).")
    String query;

    @Option(names = "--type", paramLabel = "T", description = "Only document, figure, percentage, reference or status.")
    String type;

    @Option(names = "--year", paramLabel = "Y", description = "Only this year.")
    Integer year;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|xlsx",
            description = "jsonl (one record per line), csv (UTF-8 with BOM, all types in one file) or xlsx (one sheet per type).")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RecordExport.Format f = RecordExport.Format.of(format);
        if (f == null) {
            System.err.println("baocao: --format must be jsonl, csv or xlsx, not " + format);
            return 2;
        }
        if (type != null && !RecordScan.TYPES.contains(type)) {
            System.err.println("baocao: --type must be one of " + String.join(", ", RecordScan.TYPES));
            return 2;
        }
        if (!Files.isDirectory(indexDir)) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            System.err.println("baocao: " + output + ": no such folder " + parent);
            return 2;
        }
        // written beside the target and moved into place: a failed export leaves no half file behind
        Path tmp = output.resolveSibling(output.getFileName() + ".part");
        Map<String, Long> counts;
        try (RecordScan scan = RecordScan.open(indexDir);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            counts = RecordExport.write(scan, new RecordScan.Filter(query, year, type, null), f, out);
        } catch (IndexNotFoundException e) {
            Files.deleteIfExists(tmp);
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            System.err.println("baocao: " + output + ": " + Reasons.of(e));
            return 1;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        System.err.println("exported " + total + " record(s) ("
                + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + ") to " + output);
        return 0;
    }
}
