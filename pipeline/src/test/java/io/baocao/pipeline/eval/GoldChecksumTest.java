package io.baocao.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.batch.Ingester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Gold is pinned: a gold file that changes without gold/CHECKSUMS being updated in the same commit fails
 * the build (refresh with {@code cd gold && sha256sum *.jsonl > CHECKSUMS}, and say in the commit
 * message what was re-read and why).
 */
class GoldChecksumTest {
    @Test
    void goldMatchesItsChecksums() throws Exception {
        Map<String, String> pinned = new TreeMap<>();
        for (String line : Files.readAllLines(Corpus.gold().resolve("CHECKSUMS"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+\\*?", 2);
                pinned.put(parts[1], parts[0]);
            }
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(Corpus.gold())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                actual.put(f.getFileName().toString(), Ingester.sha256(f));
            }
        }
        assertEquals(pinned, actual, "gold changed without gold/CHECKSUMS; see gold/README.md");
    }
}
