package io.baocao.pipeline.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.baocao.extract.model.RecordJson;
import io.baocao.index.BaocaoIndex;
import io.baocao.pipeline.Ingester;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao ingest PATH... [--index DIR]}: extract and index files and folders. */
@Command(name = "ingest", description = "Extract and index files and folders (embedded index, no server).")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the per-file report (default: DIR/ingest-report.json).")
    Path report;

    @Override
    public Integer call() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> files = Inputs.expand(paths, missing);
        for (String m : missing) {
            System.err.println("baocao: " + m + ": file not found");
        }
        long t0 = System.nanoTime();
        Ingester ingester = new Ingester(new Pipeline());
        List<Ingester.FileReport> reports;
        boolean terminal = System.console() != null;
        try (BaocaoIndex index = BaocaoIndex.open(indexDir);
             ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(files.size())
                     .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build() : null) {
            int[] totals = new int[2];
            reports = ingester.ingest(files, index, new Ingester.Progress() {
                @Override
                public void started(Path file) {
                    if (bar != null) {
                        bar.setExtraMessage(file.getFileName().toString());
                    }
                }

                @Override
                public void finished(Ingester.FileReport r) {
                    if (r.pages() != null) {
                        totals[0] += r.pages();
                    }
                    if (r.records() != null) {
                        totals[1] += r.records();
                    }
                    if (bar != null) {
                        bar.step();
                        bar.setExtraMessage(totals[0] + " pages, " + totals[1] + " records");
                    }
                    if ("failed".equals(r.status())) {
                        if (bar != null) {
                            System.err.print("\r");
                        }
                        System.err.println("baocao: " + r.path() + ": " + r.reason());
                    }
                }
            });
        }
        int ok = 0;
        int skipped = 0;
        int failed = missing.size();
        int pages = 0;
        int records = 0;
        for (Ingester.FileReport r : reports) {
            switch (r.status()) {
                case "ok" -> ok++;
                case "skipped" -> skipped++;
                default -> failed++;
            }
            pages += r.pages() == null ? 0 : r.pages();
            records += r.records() == null ? 0 : r.records();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        writeReport(reports, missing, ok, skipped, failed, pages, records, ms);
        System.out.printf("ingested %d file(s), skipped %d, failed %d: %d pages, %d records in %.1f s; index %s%n",
                ok, skipped, failed, pages, records, ms / 1000.0, indexDir);
        return failed == 0 ? 0 : 3;
    }

    private void writeReport(List<Ingester.FileReport> reports, List<String> missing, int ok, int skipped, int failed,
                             int pages, int records, long ms) throws IOException {
        Path target = report != null ? report : indexDir.resolve("ingest-report.json");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", Map.of("ok", ok, "skipped", skipped, "failed", failed, "pages", pages, "records", records,
                "milliseconds", ms));
        List<Object> files = new ArrayList<>(reports);
        for (String m : missing) {
            files.add(new Ingester.FileReport(m, null, "failed", "file not found", null, null, 0));
        }
        root.put("files", files);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        RecordJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), root);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
