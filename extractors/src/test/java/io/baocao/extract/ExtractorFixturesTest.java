package io.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real report snippets with the records expected of them, in {@code fixtures/*.txt}: a {@code >} line is
 * a passage; the JSON lines under it are the records it must yield. For each record type named under a
 * passage, the output must hold exactly those records (no more, no fewer); a field ending in {@code ~}
 * must contain the given words (diacritics and case ignored). {@code {"type":"figure","count":0}} says a
 * passage yields no figure.
 */
class ExtractorFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Extraction EXTRACTION = new Extraction();

    record Case(String file, int line, String passage, List<ObjectNode> expected) {
        @Override
        public String toString() {
            return file + ":" + line + " " + (passage.length() > 60 ? passage.substring(0, 60) + "…" : passage);
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String f : List.of("figures.txt", "percentages.txt", "references.txt", "statuses.txt")) {
            out.addAll(read(f));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passageYieldsItsRecords(Case c) {
        List<ObjectNode> actual = new ArrayList<>();
        for (Record r : EXTRACTION.passage(Passage.of(c.passage))) {
            actual.add(RecordJson.tree(r));
        }
        Set<String> types = new LinkedHashSet<>();
        for (ObjectNode e : c.expected) {
            types.add(e.get("type").asText());
        }
        for (String type : types) {
            List<ObjectNode> want = c.expected.stream().filter(e -> e.get("type").asText().equals(type) && !e.has("count")).toList();
            List<ObjectNode> got = actual.stream().filter(a -> a.get("type").asText().equals(type)).toList();
            List<ObjectNode> unmatched = new ArrayList<>(got);
            for (ObjectNode w : want) {
                ObjectNode hit = unmatched.stream().filter(g -> fits(w, g)).findFirst().orElse(null);
                if (hit == null) {
                    fail(c + "\n  missing " + w + "\n  got " + got);
                }
                unmatched.remove(hit);
            }
            assertEquals(List.of(), unmatched, c + ": spurious " + type + " records");
        }
    }

    private static boolean fits(ObjectNode want, ObjectNode got) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.endsWith("~")) {
                JsonNode g = got.get(k.substring(0, k.length() - 1));
                if (g == null || !TextFold.foldWords(g.asText()).contains(TextFold.foldWords(e.getValue().asText()))) {
                    return false;
                }
                continue;
            }
            JsonNode g = got.get(k);
            JsonNode w = e.getValue();
            if (w.isNull()) {
                if (g != null && !g.isNull()) {
                    return false;
                }
            } else if (g == null) {
                return false;
            } else if (w.isNumber()) {
                if (!g.isNumber() || Math.abs(w.asDouble() - g.asDouble()) > 1e-9 * Math.max(1, Math.abs(w.asDouble()))) {
                    return false;
                }
            } else if (!w.equals(g)) {
                return false;
            }
        }
        return true;
    }

    private static List<Case> read(String file) {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ExtractorFixturesTest.class.getResourceAsStream("/fixtures/" + file)) {
            if (in == null) {
                return out;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Case current = null;
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.startsWith(">")) {
                    current = new Case(file, i + 1, l.substring(1).strip(), new ArrayList<>());
                    out.add(current);
                } else if (l.startsWith("{") && current != null) {
                    current.expected.add((ObjectNode) JSON.readTree(l));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
