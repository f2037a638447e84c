package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.pipeline.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baocao search --sector}: the sector facet on a real index of Nghị quyết 05/2022, and sector in the JSON. */
class SearchSectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void anIndex() {
        index = dir.resolve("index");
        assertEquals(0, CommandLineTest.run("ingest", Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf").toString(),
                "--index", index.toString(), "--in-process").code());
    }

    private static List<JsonNode> hits(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--json", "-n", "100"));
        all.addAll(List.of(args));
        CommandLineTest.Result r = CommandLineTest.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static Set<String> sectors(List<JsonNode> hits) {
        Set<String> out = new TreeSet<>();
        hits.forEach(h -> out.add(h.path("sector").asText("(none)")));
        return out;
    }

    @Test
    void everyHitCarriesItsSectorAndTheFilterKeepsOnlyThatSector() throws Exception {
        List<JsonNode> all = hits("tăng cường");
        assertTrue(all.stream().allMatch(h -> h.hasNonNull("sector")), "every hit has a sector");
        Set<String> found = sectors(all);
        assertTrue(found.size() > 2, "the resolution strengthens many fields: " + found);
        assertTrue(found.contains("quoc-phong-an-ninh"), found.toString());

        List<JsonNode> security = hits("tăng cường", "--sector", "quoc-phong-an-ninh");
        assertFalse(security.isEmpty());
        assertEquals(Set.of("quoc-phong-an-ninh"), sectors(security));
        assertTrue(security.size() < all.size());
        // exactly the hits of that sector, in the same order
        assertEquals(all.stream().filter(h -> h.path("sector").asText().equals("quoc-phong-an-ninh"))
                .map(h -> h.path("text").asText()).toList(), security.stream().map(h -> h.path("text").asText()).toList());
    }

    @Test
    void aSectorIsNamedByIdOrByLabelWithOrWithoutMarks() throws Exception {
        List<JsonNode> byId = hits("giải ngân", "--sector", "dau-tu-cong");
        assertFalse(byId.isEmpty());
        assertEquals(Set.of("dau-tu-cong"), sectors(byId));
        assertTrue(byId.stream().anyMatch(h -> h.path("text").asText().contains("giải ngân vốn đầu tư công năm 2022")));
        assertEquals(byId, hits("giải ngân", "--sector", "Đầu tư công"));
        assertEquals(byId, hits("giải ngân", "--sector", "dau tu cong"));
    }

    @Test
    void theTextOutputCountsThePassagesShownPerSector() {
        CommandLineTest.Result r = CommandLineTest.run("search", "--index", index.toString(), "-n", "100", "tăng cường");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("theo lĩnh vực:") && r.out().contains("Tư pháp - thanh tra ("), r.out());
    }

    @Test
    void anUnknownSectorIsAUsageErrorNamingTheSectors() {
        CommandLineTest.Result r = CommandLineTest.run("search", "--index", index.toString(), "--sector", "thể thao", "giải ngân");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--sector \"thể thao\" is not a sector; one of kinh-te-tong-hop"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
