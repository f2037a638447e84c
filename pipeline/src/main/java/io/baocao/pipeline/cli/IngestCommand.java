package io.baocao.pipeline.cli;

import io.baocao.index.BaocaoIndex;
import io.baocao.pipeline.FileExtractor;
import io.baocao.pipeline.InProcessExtractor;
import io.baocao.pipeline.Ingester;
import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.read.ocr.OcrConfig;
import io.baocao.pipeline.worker.IsolatedExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baocao ingest PATH...}: extract and index files and folders, each file read in a worker process
 * under per-file limits; a per-file report, a summary line, exit code 0 (all ok), 3 (some failed),
 * 2 (usage), 1 (the index could not be written).
 */
@Command(name = "ingest", description = "Extract and index files and folders (embedded index, no server).")
final class IngestCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the per-file report (default: DIR/ingest-report.json).")
    Path report;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "300",
            description = "Time to read one file; a slower file is stopped and reported (default: ${DEFAULT-VALUE}).")
    long maxSeconds;

    @Option(names = "--max-memory", paramLabel = "SIZE", defaultValue = "1g",
            description = "Heap of the process that reads files, e.g. 512m, 2g; a file that needs more is reported (default: ${DEFAULT-VALUE}).")
    String maxMemory;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "20000000",
            description = "Characters of text one file may yield; a file with more is reported (default: ${DEFAULT-VALUE}).")
    long maxChars;

    @Option(names = "--prune", description = "Also remove from the index the files that no longer exist.")
    boolean prune;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a usable text layer (scans); such files fail or are read without those pages.")
    boolean noOcr;

    @Option(names = "--in-process", description = "Read files in this process: no worker, no time or memory limit (for debugging).")
    boolean inProcess;

    @Override
    public Integer call() throws IOException {
        Limits limits;
        try {
            limits = limits();
        } catch (IllegalArgumentException e) {
            System.err.println("baocao: " + e.getMessage());
            return 2;
        }
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            System.err.println("baocao: --index " + indexDir + " is a file, not a folder");
            return 2;
        }
        List<Path> files = Inputs.expand(paths);
        Path reportPath = report != null ? report : indexDir.resolve("ingest-report.json");
        long t0 = System.nanoTime();
        List<String> pruned = List.of();
        BaocaoIndex index;
        try {
            index = BaocaoIndex.open(indexDir);
        } catch (LockObtainFailedException e) {
            System.err.println("baocao: another process is writing to the index " + indexDir
                    + " (it holds write.lock); wait for it to finish");
            return 1;
        }
        try (index;
             FileExtractor extractor = inProcess ? new InProcessExtractor(new Pipeline(limits, ocr()))
                     : new IsolatedExtractor(limits, ocr());
             IngestReport out = new IngestReport(reportPath);
             ProgressBar bar = bar(files.size())) {
            Ingester ingester = new Ingester(extractor);
            ingester.run(files, index, new Ingester.Progress() {
                @Override
                public void started(Path file) {
                    if (bar != null) {
                        bar.setExtraMessage(file.getFileName().toString());
                    }
                }

                @Override
                public void finished(Ingester.FileReport r) {
                    try {
                        out.add(r);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (bar != null) {
                        bar.step();
                        bar.setExtraMessage(out.pages() + " pages, " + out.records() + " records");
                    }
                    if (r.failed()) {
                        System.err.println((bar != null ? "\r" : "") + "baocao: " + r.path() + ": " + r.reason());
                    }
                }
            });
            if (prune) {
                pruned = ingester.prune(index);
                for (String p : pruned) {
                    System.err.println("baocao: " + p + ": gone, removed from the index");
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.finish(pruned, ms);
            System.out.printf(Locale.ROOT,
                    "ingested %d file(s), skipped %d, failed %d%s: %d pages%s, %d records in %.1f s; report %s%n",
                    out.ok(), out.skipped(), out.failed(), prune ? ", pruned " + pruned.size() : "", out.pages(),
                    out.ocrPages() == 0 ? "" : String.format(Locale.ROOT, " (%d read by OCR in %.1f s)", out.ocrPages(),
                            out.ocrSeconds()), out.records(), ms / 1000.0, out.path());
            return out.failed() == 0 ? 0 : 3;
        }
    }

    private OcrConfig ocr() {
        return noOcr ? OcrConfig.OFF : OcrConfig.DEFAULT;
    }

    private Limits limits() {
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("--max-seconds must be at least 1");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("--max-chars must be at least 1");
        }
        long memory = parseSize(maxMemory);
        if (memory < 64L * 1024 * 1024) {
            throw new IllegalArgumentException("--max-memory must be at least 64m (got " + maxMemory + ")");
        }
        return Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(maxSeconds)).withMaxMemoryBytes(memory).withMaxChars(maxChars);
    }

    /** {@code 512m}, {@code 2g}, {@code 1048576k}; a bare number is megabytes. */
    static long parseSize(String s) {
        Matcher m = SIZE.matcher(s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-memory: '" + s + "' is not a size like 512m or 2g");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> n * 1024;
            case "g" -> n * 1024 * 1024 * 1024;
            default -> n * 1024 * 1024;
        };
    }

    private static ProgressBar bar(int files) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }
}
