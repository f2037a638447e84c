package io.baocao.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Each file's first-seen F1 per type (scored before any rule was changed for it) beside its current one,
 * so that a rule's gain on the files it was written for is told apart from how it holds on the others.
 * First-seen scores are read from {@code <gold>/first-seen/*.json}: the {@code baocao eval --json} output
 * of that file alone ({@code eval_json} or {@code eval}: {@code files.<file>.<type>.f1}), the scores of an
 * unreadable file's empty output ({@code file}, {@code scores.<type>.f1}), or {@code files.<file>.<type>}
 * (an F1, or null where the file had no gold and no output of that type).
 */
public final class ByFile {
    private ByFile() {
    }

    /** file name → type → first-seen F1 (absent when not recorded). */
    public static Map<String, Map<String, Double>> firstSeen(Path goldDir) throws IOException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        Path dir = goldDir.resolve("first-seen");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root;
                try {
                    root = mapper.readTree(p.toFile());
                } catch (IOException e) {
                    throw new IOException(p + ": not a first-seen score file (" + e.getMessage() + ")", e);
                }
                JsonNode files = root.path("eval_json").path("files");
                if (files.isMissingNode()) {
                    files = root.path("eval").path("files");
                }
                if (files.isMissingNode() && root.has("scores") && root.has("file")) {
                    // a file the pipeline could not read then: the scores of its empty output
                    files = mapper.createObjectNode().set(Path.of(root.get("file").asText()).getFileName().toString(),
                            root.get("scores"));
                }
                boolean evalShape = !files.isMissingNode();
                if (!evalShape) {
                    files = root.path("files");
                }
                files.fields().forEachRemaining(f -> {
                    Map<String, Double> types = out.computeIfAbsent(f.getKey(), k -> new LinkedHashMap<>());
                    for (String type : Scorer.TYPES) {
                        JsonNode v = evalShape ? f.getValue().path(type).path("f1") : f.getValue().path(type);
                        if (v.isNumber()) {
                            types.put(type, v.asDouble());
                        }
                    }
                });
            }
        }
        return out;
    }

    /** One line per file: first-seen and current F1 of each type ({@code –}: neither gold nor output). */
    public static String text(String set, Evaluation.Report report, Map<String, Map<String, Double>> firstSeen) {
        StringBuilder sb = new StringBuilder();
        sb.append("=== ").append(set).append(": F1 per file, first-seen -> current ===\n");
        sb.append(String.format(Locale.ROOT, "%-44s", "file"));
        for (String type : Scorer.TYPES) {
            sb.append(String.format(Locale.ROOT, " %-17s", type));
        }
        sb.append('\n');
        for (Map.Entry<String, Scorer.Result> e : report.files().entrySet()) {
            sb.append(String.format(Locale.ROOT, "%-44s", e.getKey()));
            Map<String, Double> first = firstSeen.getOrDefault(e.getKey(), Map.of());
            for (String type : Scorer.TYPES) {
                sb.append(String.format(Locale.ROOT, " %-17s", pair(first.get(type), e.getValue().types.get(type))));
            }
            sb.append(report.unreadable().containsKey(e.getKey()) ? "  (not read)\n" : "\n");
        }
        sb.append(String.format(Locale.ROOT, "%-44s", "overall"));
        Scorer.Result all = report.overall();
        for (String type : Scorer.TYPES) {
            sb.append(String.format(Locale.ROOT, " %-17s", "     " + f1(all.types.get(type))));
        }
        return sb.append('\n').toString();
    }

    private static String pair(Double first, Scorer.Counts now) {
        return (first == null ? "  ?  " : String.format(Locale.ROOT, "%.2f", first)) + " -> " + f1(now);
    }

    private static String f1(Scorer.Counts c) {
        if (c == null || c.tp + c.fp + c.fn == 0) {
            return "  –  ";
        }
        return String.format(Locale.ROOT, "%.3f", c.f1());
    }
}
