package io.baocao.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.model.RecordType;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.SearchHit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baocao search QUERY}: hits grouped by year, newest first, with page, section and evidence. */
@Command(name = "search", description = "Search passages and records; diacritics and case optional.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find, e.g. \"giải ngân\" or 42/NQ-HĐND.")
    List<String> query;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--year", paramLabel = "Y", description = "Only this year.")
    Integer year;

    @Option(names = "--type", paramLabel = "T", description = "Only passage, document, figure, percentage, reference or status.")
    String type;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "At most N hits per year (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--json", description = "One JSON object per hit per line.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String q = String.join(" ", query).strip();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (q.isEmpty()) {
            System.err.println("baocao: empty query");
            return 2;
        }
        if (type != null && !type.equals("passage") && !RecordType.ids().contains(type)) {
            System.err.println("baocao: --type must be one of passage, " + String.join(", ", RecordType.ids()));
            return 2;
        }
        if (!Files.isDirectory(indexDir)) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        }
        List<SearchHit> hits;
        try (BaocaoSearcher searcher = BaocaoSearcher.open(indexDir)) {
            hits = perYear(searcher.search(q, year, type, Math.max(500, n * 50)), n);
        } catch (IndexNotFoundException e) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        }
        if (json) {
            for (SearchHit h : hits) {
                out.println(RecordJson.MAPPER.writeValueAsString(jsonOf(h)));
            }
            return 0;
        }
        if (hits.isEmpty()) {
            out.println("no hits for \"" + q + "\"");
            return 0;
        }
        boolean ansi = System.console() != null && System.getenv("NO_COLOR") == null;
        Map<Integer, Map<String, List<SearchHit>>> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
        for (SearchHit h : hits) {
            byYear.computeIfAbsent(h.year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.requireNonNullElse(h.jurisdiction(), "?"), j -> new ArrayList<>()).add(h);
        }
        for (var year : byYear.entrySet()) {
            for (var place : year.getValue().entrySet()) {
                out.println("== " + (year.getKey() == null ? "year unknown" : year.getKey()) + " · " + place.getKey()
                        + " (" + place.getValue().size() + ")");
                Map<String, List<SearchHit>> byPassage = new LinkedHashMap<>();
                for (SearchHit h : place.getValue()) {
                    byPassage.computeIfAbsent(h.doc() + "|" + h.page() + "|" + h.text(), k -> new ArrayList<>()).add(h);
                }
                for (List<SearchHit> group : byPassage.values()) {
                    SearchHit h = group.get(0);
                    out.println("  " + h.doc() + "  p." + (h.page() == null ? "-" : h.page())
                            + (h.section() == null ? "" : "  " + clip(h.section(), 100)));
                    out.println("    " + snippet(h, ansi));
                    for (SearchHit r : group) {
                        String rec = recordLine(r);
                        if (rec != null) {
                            out.println("    → " + r.type() + ": " + rec);
                        }
                    }
                }
            }
        }
        out.println(hits.size() + " hit(s)");
        return 0;
    }

    /**
     * The best {@code n} hits of each year, a passage and the records read from it counting once; the same
     * passage of the same document in another format (a report as PDF and as DOCX) shows once, with its page.
     */
    static List<SearchHit> perYear(List<SearchHit> hits, int n) {
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            String k = h.doc() + "|" + h.text();
            if (h.page() != null || !fileOf.containsKey(k)) {
                fileOf.putIfAbsent(k + "|paged", h.page() != null ? h.file() : null);
                fileOf.putIfAbsent(k, h.file());
            }
        }
        Map<Integer, List<String>> seen = new LinkedHashMap<>();
        List<SearchHit> out = new ArrayList<>();
        for (SearchHit h : hits) {
            String passage = h.doc() + "|" + h.text();
            String preferred = fileOf.get(passage + "|paged") != null ? fileOf.get(passage + "|paged") : fileOf.get(passage);
            if (!h.file().equals(preferred)) {
                continue;
            }
            List<String> keys = seen.computeIfAbsent(h.year(), y -> new ArrayList<>());
            String key = h.doc() + "|" + h.page() + "|" + h.text();
            if (keys.contains(key)) {
                out.add(h);
                continue;
            }
            if (keys.size() >= n) {
                continue;
            }
            keys.add(key);
            out.add(h);
        }
        return out;
    }

    private static ObjectNode jsonOf(SearchHit h) throws IOException {
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("doc", h.doc());
        if (h.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", h.year());
        }
        o.put("jurisdiction", h.jurisdiction());
        if (h.page() == null) {
            o.putNull("page");
        } else {
            o.put("page", h.page());
        }
        o.put("section", h.section());
        o.put("type", h.type());
        o.put("text", h.text());
        o.put("score", h.score());
        o.put("file", h.file());
        if (h.recordJson() != null) {
            JsonNode rec = RecordJson.MAPPER.readTree(h.recordJson());
            rec.fields().forEachRemaining(e -> {
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            });
        }
        return o;
    }

    private static String recordLine(SearchHit h) throws IOException {
        if (h.recordJson() == null) {
            return null;
        }
        JsonNode r = RecordJson.MAPPER.readTree(h.recordJson());
        return switch (h.type()) {
            case "figure", "percentage" -> {
                String v = r.hasNonNull("value") ? r.get("value").asText()
                        : r.hasNonNull("low") ? r.get("low").asText() + "–" + r.get("high").asText() : "?";
                String unit = r.hasNonNull("unit") ? " " + r.get("unit").asText() : h.type().equals("percentage") ? "%" : "";
                String target = r.hasNonNull("target") ? " of " + r.get("target").asText() : "";
                String role = r.hasNonNull("role") ? " (" + r.get("role").asText() + ")" : "";
                String metric = r.hasNonNull("metric") ? "  " + r.get("metric").asText() : "";
                yield v + target + unit + role + metric;
            }
            case "reference" -> text(r, "kind") + " " + text(r, "number") + (r.hasNonNull("issued") ? " of " + r.get("issued").asText() : "");
            case "status" -> text(r, "status") + ": " + clip(text(r, "subject"), 100);
            case "document" -> text(r, "kind") + " " + text(r, "number") + " " + text(r, "issued");
            default -> null;
        };
    }

    private static String text(JsonNode r, String f) {
        return r.hasNonNull(f) ? r.get(f).asText() : "";
    }

    private static String snippet(SearchHit h, boolean ansi) {
        String t = h.text() == null ? "" : h.text();
        int from = 0;
        int to = t.length();
        if (t.length() > 320) {
            int center = h.highlights().isEmpty() ? 0 : h.highlights().get(0)[0];
            from = Math.max(0, center - 140);
            to = Math.min(t.length(), from + 320);
        }
        StringBuilder sb = new StringBuilder(from > 0 ? "…" : "");
        int pos = from;
        for (int[] span : h.highlights()) {
            if (span[0] < pos || span[1] > to) {
                continue;
            }
            sb.append(t, pos, span[0]);
            sb.append(ansi ? "\u001b[1;33m" : "«").append(t, span[0], span[1]).append(ansi ? "\u001b[0m" : "»");
            pos = span[1];
        }
        sb.append(t, pos, to);
        if (to < t.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    private static String clip(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
