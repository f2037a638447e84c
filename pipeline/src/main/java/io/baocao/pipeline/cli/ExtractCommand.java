package io.baocao.pipeline.cli;

import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.batch.Ingester;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.OcrConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao extract FILE... [-o OUT.jsonl]}: records as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class, description = "Extract records from files (JSON Lines, one record per line).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files or folders (PDF, DOCX, DOC, ODT, HTML, TXT).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a usable text layer (scans).")
    boolean noOcr;

    @Override
    public Integer call() throws IOException {
        if (output != null && Files.isDirectory(output)) {
            System.err.println("baocao: -o " + Names.printable(output.toString()) + " is a folder; give a file name, e.g. records.jsonl");
            return 2;
        }
        Inputs.Listing listing = Inputs.list(files, false);
        int failed = 0;
        for (Inputs.Problem p : listing.problems()) {
            System.err.println("baocao: " + Names.printable(p.path().toString()) + ": "
                    + ("skipped".equals(p.status()) ? "skipped: " : "") + Names.printable(p.reason()));
            failed += "failed".equals(p.status()) ? 1 : 0;
        }
        Pipeline pipeline = new Pipeline(Limits.DEFAULT, noOcr ? OcrConfig.OFF : OcrConfig.DEFAULT);
        // written beside OUT and moved over it only when something was read: a run that reads nothing
        // (a mistyped folder, every file bad) leaves an earlier OUT as it was
        Path tmp = output == null ? null : output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
        int read = 0;
        try (Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(new PrintStream(System.out, false, StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Path f : listing.files()) {
                try {
                    String notAFile = Ingester.notAFile(f);
                    if (notAFile != null) {
                        throw new UnreadableFileException(notAFile);
                    }
                    Pipeline.Result r = pipeline.process(f);
                    for (Record rec : r.records()) {
                        w.write(RecordJson.line(rec));
                        w.write('\n');
                    }
                    w.flush();
                    read++;
                } catch (IOException | RuntimeException e) {
                    failed++;
                    System.err.println("baocao: " + Names.printable(f.toString()) + ": " + Names.printable(Reasons.of(e)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        }
        if (tmp != null) {
            if (read == 0) {
                Files.deleteIfExists(tmp);
                System.err.println("baocao: no file could be read; " + Names.printable(output.toString())
                        + (Files.exists(output) ? " left as it was" : " not written"));
                return 3;
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return failed == 0 ? 0 : 3;
    }
}
