package io.baocao.pipeline.cli;

import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.read.ocr.OcrConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao extract FILE... [-o OUT.jsonl]}: records as JSON Lines. */
@Command(name = "extract", description = "Extract records from files (JSON Lines, one record per line).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files or folders (PDF, DOCX, DOC, ODT, HTML, TXT).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a usable text layer (scans).")
    boolean noOcr;

    @Override
    public Integer call() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> inputs = Inputs.expand(files, missing);
        int failed = 0;
        for (String m : missing) {
            System.err.println("baocao: " + m + ": file not found");
            failed++;
        }
        Pipeline pipeline = new Pipeline(Limits.DEFAULT, noOcr ? OcrConfig.OFF : OcrConfig.DEFAULT);
        Path tmp = output == null ? null : output.resolveSibling(output.getFileName() + ".part");
        try (Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(new PrintStream(System.out, false, StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Path f : inputs) {
                try {
                    Pipeline.Result r = pipeline.process(f);
                    for (Record rec : r.records()) {
                        w.write(RecordJson.line(rec));
                        w.write('\n');
                    }
                    w.flush();
                } catch (IOException | RuntimeException e) {
                    failed++;
                    System.err.println("baocao: " + f + ": " + Reasons.of(e));
                }
            }
        }
        if (tmp != null) {
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return failed == 0 ? 0 : 3;
    }
}
