package io.baocao.pipeline.cli;

import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.eval.EvalReport;
import io.baocao.pipeline.eval.Evaluation;
import io.baocao.pipeline.eval.SearchEval;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baocao eval}: extraction accuracy against the gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Score extraction against gold files: precision, recall, F1 per type, field accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "gold", description = "Gold folder (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--misses", description = "List every missed and spurious record with its page and evidence.")
    boolean misses;

    @Option(names = "--field-errors", description = "List every matched pair that got a field wrong.")
    boolean fieldErrors;

    @Option(names = "--json", description = "The report as JSON.")
    boolean json;

    @Option(names = "--search", description = "Score search instead: the judged queries of gold/queries.jsonl, precision@10 per year group, nDCG@10, recall; --misses lists unwanted and lost passages.")
    boolean search;

    @Option(names = "--index", paramLabel = "DIR", description = "With --search: score this index instead of a fresh one of --corpus.")
    Path index;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold) || !Files.isDirectory(corpus)) {
            System.err.println("baocao: no " + (Files.isDirectory(gold) ? "corpus folder " + corpus : "gold folder " + gold));
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (search) {
            Path queries = gold.resolve("queries.jsonl");
            if (!Files.isRegularFile(queries)) {
                System.err.println("baocao: no judged queries at " + queries);
                return 2;
            }
            out.print(SearchEval.text(SearchEval.run(queries, corpus, index), misses));
            return 0;
        }
        Evaluation.Report report = new Evaluation(new Pipeline()).run(corpus, gold);
        if (json) {
            out.println(RecordJson.MAPPER.writeValueAsString(EvalReport.json(report, misses)));
        } else {
            out.print(EvalReport.text(report, misses, fieldErrors));
        }
        return 0;
    }
}
