package io.baocao.pipeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.nlp.ModelComparison;
import io.baocao.extract.nlp.ModelTrainer;
import io.baocao.extract.nlp.Models;
import io.baocao.extract.nlp.TrainingFile;
import io.baocao.pipeline.nlp.ModelReport;
import io.baocao.pipeline.nlp.TrainingData;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.eval.ByFile;
import io.baocao.pipeline.eval.EvalReport;
import io.baocao.pipeline.eval.Evaluation;
import io.baocao.pipeline.eval.SearchEval;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baocao eval}: extraction accuracy against the gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Score extraction against gold files: precision, recall, F1 per type, field accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", description = "Gold folder (default: both sets, gold/ and gold/realworld/).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: both sets, corpus/ and corpus/realworld/).")
    Path corpus;

    @Option(names = "--by-file", description = "Each file's first-seen F1 per type (<gold>/first-seen/) beside its current one.")
    boolean byFile;

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

    @Option(names = {"--models", "--cross"}, description = "Score what is learned from data instead (the OpenNLP models), leave one file out of train/, each beside the rule it competes with; --by-file adds each held-out file.")
    boolean models;

    @Option(names = "--data", paramLabel = "DIR", description = "With --models: the training data folder (default: train).")
    Path data = Path.of("train");

    @Override
    public Integer call() throws IOException {
        if (models) {
            return models();
        }
        // with neither folder given, both sets are scored, each on its own: the corpus the rules were
        // written against, and the real-world set they were not
        boolean sets = gold == null && corpus == null && !search;
        if (gold == null) {
            gold = Path.of("gold");
        }
        if (corpus == null) {
            corpus = Path.of("corpus");
        }
        if (sets) {
            return sets();
        }
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
        } else if (byFile) {
            out.print(ByFile.text(corpus.toString(), report, ByFile.firstSeen(gold)));
        } else {
            out.print(EvalReport.text(report, misses, fieldErrors));
        }
        return 0;
    }

    /** Each model against its rule, leave one file out of its training data. */
    private Integer models() {
        if (!Files.isDirectory(data)) {
            System.err.println("baocao: no training data folder " + data + " (run from the root of a checkout, or give --data)");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TrainingData training = new TrainingData(data);
        ArrayNode all = RecordJson.MAPPER.createArrayNode();
        for (ModelTrainer trainer : Models.trainers()) {
            List<TrainingFile> files = training.files(trainer);
            if (files.size() < 2) {
                System.err.println("baocao: " + trainer.name() + ": leave-one-file-out needs two training files or more in "
                        + training.folder(trainer));
                return 2;
            }
            ModelComparison c = trainer.crossValidate(files);
            if (json) {
                all.add(RecordJson.MAPPER.valueToTree(c));
            } else {
                out.print(ModelReport.text(c, byFile));
            }
        }
        if (json) {
            out.println(all.toPrettyString());
        }
        return 0;
    }

    /** The corpus and the real-world set, each scored and reported on its own. */
    private Integer sets() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, Path[]> sets = new LinkedHashMap<>();
        sets.put("corpus", new Path[] {gold, corpus});
        sets.put("realworld", new Path[] {gold.resolve("realworld"), corpus.resolve("realworld")});
        ObjectNode all = RecordJson.MAPPER.createObjectNode();
        for (Map.Entry<String, Path[]> set : sets.entrySet()) {
            Path g = set.getValue()[0];
            Path c = set.getValue()[1];
            if (!Files.isDirectory(g) || !Files.isDirectory(c)) {
                if (set.getKey().equals("corpus")) {
                    System.err.println("baocao: no " + (Files.isDirectory(g) ? "corpus folder " + c : "gold folder " + g));
                    return 2;
                }
                continue;
            }
            Evaluation.Report report = new Evaluation(new Pipeline()).run(c, g);
            if (json) {
                all.set(set.getKey(), EvalReport.json(report, misses));
            } else if (byFile) {
                out.print(ByFile.text(set.getKey(), report, ByFile.firstSeen(g)));
                out.println();
            } else {
                out.println("##### set " + set.getKey() + " (gold " + g + ", files " + c + ")");
                out.print(EvalReport.text(report, misses, fieldErrors));
                out.println();
            }
        }
        if (json) {
            out.println(RecordJson.MAPPER.writeValueAsString(all));
        }
        return 0;
    }
}
