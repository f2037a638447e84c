package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.pipeline.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesValidRecordsOfAllFiveTypes() throws Exception {
        Path out = dir.resolve("out.jsonl");
        int code = Baocao.run("extract", Corpus.file("cantho-2024-h1-bao-cao.pdf").toString(), "-o", out.toString());
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Set<String> types = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : lines) {
            assertTrue(Normalizer.isNormalized(l, Normalizer.Form.NFC), "NFC: " + l);
            JsonNode r = json.readTree(l);
            types.add(r.get("type").asText());
            assertEquals("cantho-2024-h1-bao-cao", r.get("doc").asText());
            assertTrue(r.hasNonNull("text"), l);
            assertTrue(r.get("page").isInt() && r.get("page").asInt() >= 1 && r.get("page").asInt() <= 54, l);
        }
        assertEquals(Set.of("document", "figure", "percentage", "reference", "status"), types);
    }

    @Test
    void aMissingFileIsReportedAndTheRestIsExtracted() throws Exception {
        Path out = dir.resolve("out.jsonl");
        int code = Baocao.run("extract", dir.resolve("nope.pdf").toString(),
                Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(), "-o", out.toString());
        assertEquals(3, code);
        assertTrue(Files.readAllLines(out).size() > 10);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Baocao.run("extract"));
        assertEquals(2, Baocao.run("search"));
    }
}
