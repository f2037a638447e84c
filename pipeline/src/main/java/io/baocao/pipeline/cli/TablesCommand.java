package io.baocao.pipeline.cli;

import io.baocao.pipeline.tables.Table;
import io.baocao.pipeline.read.ReadConfig;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao tables FILE [--csv DIR]}: the tables of a file, to check them by eye or in a spreadsheet. */
@Command(name = "tables", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Print the tables of a file as Markdown (header paths as column names, "
        + "the page of each row), or write one CSV per table.")
final class TablesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A report file (PDF, DOCX, DOC, ODT, HTML).")
    Path file;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write <doc>-table-<n>.csv (UTF-8, header row = columns) into DIR.")
    Path csvDir;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Table> tables;
        try {
            tables = Pipeline.readers(ReadConfig.DEFAULT).read(file).tables();
        } catch (IOException | RuntimeException e) {
            System.err.println("baocao: " + file + ": " + Reasons.of(e));
            return 3;
        }
        String doc = docName(file);
        if (tables.isEmpty()) {
            System.err.println("baocao: " + file + ": no tables found");
            return 0;
        }
        if (csvDir != null) {
            Files.createDirectories(csvDir);
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                Path target = csvDir.resolve(doc + "-table-" + (i + 1) + ".csv");
                Files.writeString(target, TableOutput.csv(t), StandardCharsets.UTF_8);
                out.println(target + "  " + t.columns().size() + " columns, " + t.rows().size() + " rows");
            }
            return 0;
        }
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.print(TableOutput.markdown(doc, i + 1, tables.size(), tables.get(i)));
        }
        return 0;
    }

    static String docName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
