package io.baocao.pipeline.cli;

import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.batch.FileExtractor;
import io.baocao.pipeline.batch.InProcessExtractor;
import io.baocao.pipeline.batch.IndexSink;
import io.baocao.pipeline.batch.Ingester;
import io.baocao.pipeline.batch.JsonLinesSink;
import io.baocao.pipeline.batch.Reason;
import io.baocao.pipeline.batch.RecordSink;
import io.baocao.pipeline.batch.SinkUnavailableException;
import io.baocao.pipeline.batch.worker.IsolatedExtractor;
import io.baocao.pipeline.read.OcrConfig;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baocao ingest PATH...}: extract and index files and folders, each file read in a worker process
 * under per-file limits; a per-file report, a summary line, exit code 0 (all ok), 3 (some failed),
 * 2 (usage), 1 (the index could not be written).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Extract and index files and folders (embedded index, no server).")
final class IngestCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--jsonl", paramLabel = "OUT", description = "Write the records to this JSON Lines file instead of the index "
            + "(one per line, as extract writes them; a re-run adds only new and changed files, see OUT.sink.json).")
    Path jsonl;

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the per-file report (default: DIR/ingest-report.json, "
            + "or OUT.ingest-report.json with --jsonl).")
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

    @Option(names = "--no-progress", description = "No progress bar (it is shown only on a terminal anyway).")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "Print only the files that failed: no progress bar, no summary line.")
    boolean quiet;

    @Option(names = "--follow-links", description = "Follow symbolic links in the folders to anywhere; by default only links "
            + "to places inside the folders given are followed.")
    boolean followLinks;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a usable text layer (scans); such files fail or are read without those pages.")
    boolean noOcr;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Files read at once, each by its own worker process (each with --max-memory of heap); "
                    + "the index is still written by one (default: ${DEFAULT-VALUE}).")
    int threads;

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
        if (threads < 1) {
            System.err.println("baocao: --threads must be at least 1, got " + threads);
            return 2;
        }
        if (jsonl != null && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
            System.err.println("baocao: --jsonl and --index: give one, the records go to one place");
            return 2;
        }
        if (jsonl == null && Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            System.err.println("baocao: --index " + indexDir + " is a file, not a folder");
            return 2;
        }
        Path reportPath = report != null ? report
                : jsonl != null ? jsonl.resolveSibling(jsonl.getFileName() + ".ingest-report.json")
                : indexDir.resolve("ingest-report.json");
        if (Files.isDirectory(reportPath)) {
            System.err.println("baocao: --report " + Names.printable(reportPath.toString())
                    + " is a folder; give the report a file name, e.g. " + Names.printable(reportPath.resolve("ingest-report.json").toString()));
            return 2;
        }
        Inputs.Listing listing = Inputs.list(paths, followLinks);
        List<Path> files = listing.files();
        long t0 = System.nanoTime();
        List<String> pruned = List.of();
        RecordSink sink;
        try {
            sink = jsonl != null ? JsonLinesSink.open(jsonl) : IndexSink.open(indexDir);
        } catch (SinkUnavailableException e) {
            System.err.println("baocao: " + Names.printable(e.getMessage()));
            return 1;
        } catch (IOException e) {
            System.err.println("baocao: cannot write to " + (jsonl != null ? jsonl : "the index " + indexDir) + ": "
                    + Names.printable(Reason.of(e).replaceFirst("^cannot read: ", "")));
            return 1;
        }
        ProgressLine line = quiet || noProgress || System.console() == null ? null : new ProgressLine(System.err, 100);
        ProgressBar bar = line == null ? null : new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().setConsumer(line).build();
        IngestReport out;
        List<FileExtractor> extractors = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            extractors.add(inProcess ? new InProcessExtractor(new Pipeline(limits, ocr())) : new IsolatedExtractor(limits, ocr()));
        }
        java.io.Closeable closeExtractors = () -> {
            for (FileExtractor e : extractors) {
                e.close();
            }
        };
        try (sink;
             closeExtractors;
             IngestReport report = new IngestReport(reportPath)) {
            out = report;
            for (Inputs.Problem p : listing.problems()) {
                String path = p.path().toAbsolutePath().normalize().toString();
                out.add(new Ingester.FileReport(path, null, p.status(), p.reason(), null, null, 0));
                say(line, "baocao: " + Names.printable(path) + ": " + ("skipped".equals(p.status()) ? "skipped: " : "")
                        + Names.printable(p.reason()));
            }
            Ingester ingester = new Ingester(extractors);
            ingester.run(files, sink, new Ingester.Progress() {
                @Override
                public void started(Path file) {
                    if (bar != null) {
                        bar.setExtraMessage(Names.printable(String.valueOf(file.getFileName())));
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
                        say(line, "baocao: " + Names.printable(r.path()) + ": " + Names.printable(r.reason()));
                    } else if (r.language() != null) {
                        say(line, "baocao: " + Names.printable(r.path()) + ": read, but " + r.language().describe());
                    }
                }
            });
            if (prune) {
                pruned = ingester.prune(sink);
                for (String p : pruned) {
                    say(line, "baocao: " + Names.printable(p) + ": gone, removed from the " + (jsonl != null ? "records" : "index"));
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.finish(pruned, ms);
        } finally {
            if (bar != null) {
                bar.close(); // before the summary: the bar's last redraw must not land on it
            }
        }
        if (!quiet) {
            System.out.printf(Locale.ROOT,
                    "ingested %d file(s), skipped %d, failed %d%s: %d pages%s, %d records in %.1f s; report %s%n",
                    out.ok(), out.skipped(), out.failed(), prune ? ", pruned " + pruned.size() : "", out.pages(),
                    out.ocrPages() == 0 ? "" : String.format(Locale.ROOT, " (%d read by OCR in %.1f s)", out.ocrPages(),
                            out.ocrSeconds()), out.records(), out.milliseconds() / 1000.0, Names.printable(out.path().toString()));
        }
        return out.failed() == 0 ? 0 : 3;
    }

    private static void say(ProgressLine line, String message) {
        if (line != null) {
            line.println(message);
        } else {
            System.err.println(message);
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
}
