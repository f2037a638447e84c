package io.baocao.pipeline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.extract.nlp.ModelTrainer;
import io.baocao.extract.nlp.Models;
import io.baocao.pipeline.cli.Baocao;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baocao eval --models} on a small copy of the training data (three files per model, so the test
 * stays short): every model is scored against its rule on each held-out file, and says which it uses.
 */
class EvalModelsCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyModelIsComparedWithItsRuleOnEachHeldOutFile() throws Exception {
        for (ModelTrainer t : Models.trainers()) {
            Path to = Files.createDirectories(dir.resolve(t.dataFolder()));
            try (var files = Files.list(Path.of("..", "train", t.dataFolder()))) {
                for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().limit(3).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Baocao.run("eval", "--models", "--json", "--data", dir.toString());
        } finally {
            System.setOut(out);
        }
        assertEquals(0, code);
        JsonNode all = new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
        assertEquals(Models.trainers().size(), all.size());
        for (JsonNode c : all) {
            assertEquals(3, c.get("files").size(), c.get("model").asText());
            for (JsonNode m : c.get("measures")) {
                assertTrue(c.get("rule").has(m.asText()) && c.get("modelScores").has(m.asText()), c.toString());
            }
            assertTrue(c.get("decision").asText().matches("(?s).*\\b(rule|model)\\b.*"), c.get("decision").asText());
        }
    }

    @Test
    void aMissingDataFolderIsAUsageError() {
        assertEquals(2, Baocao.run("eval", "--models", "--data", dir.resolve("none").toString()));
        assertEquals(2, Baocao.run("train", "--check", "--data", dir.resolve("none").toString()));
    }
}
