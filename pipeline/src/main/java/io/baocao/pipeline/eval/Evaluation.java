package io.baocao.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.read.UnreadableFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * End-to-end evaluation: every corpus file that has a gold file ({@code gold/<doc>.jsonl}) is run through
 * the whole pipeline and scored; the same code runs in the tests and behind {@code baocao eval}.
 */
public final class Evaluation {
    /** Per file (name with extension, since one document may come in several formats) and overall. */
    public record Report(Map<String, Scorer.Result> files, Scorer.Result overall, List<String> withoutGold,
                         Map<String, String> unreadable) {
        public Report(Map<String, Scorer.Result> files, Scorer.Result overall, List<String> withoutGold) {
            this(files, overall, withoutGold, Map.of());
        }
    }

    private final Pipeline pipeline;
    private final Scorer scorer = new Scorer();

    public Evaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Report run(Path corpus, Path goldDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, Scorer.Result> perFile = new LinkedHashMap<>();
        List<String> withoutGold = new ArrayList<>();
        Scorer.Result overall = new Scorer.Result();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (Path f : files) {
            Path gold = goldDir.resolve(Pipeline.docId(f) + ".jsonl");
            if (!Files.exists(gold)) {
                withoutGold.add(f.getFileName().toString());
                continue;
            }
            List<JsonNode> output = new ArrayList<>();
            try {
                for (Record r : pipeline.process(f).records()) {
                    output.add(RecordJson.tree(r));
                }
            } catch (UnreadableFileException e) {
                // a file the pipeline cannot read scores as if it yielded nothing: its gold counts as missed
                unreadable.put(f.getFileName().toString(), e.getMessage());
            }
            Scorer.Result result = scorer.score(f.getFileName().toString(), readGold(gold), output);
            perFile.put(f.getFileName().toString(), result);
            overall.add(result);
        }
        return new Report(perFile, overall, withoutGold, unreadable);
    }

    public static List<JsonNode> readGold(Path gold) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(RecordJson.MAPPER.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(gold + ":" + n + ": not a JSON object: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }
}
