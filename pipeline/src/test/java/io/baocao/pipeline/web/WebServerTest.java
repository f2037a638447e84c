package io.baocao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.index.BaocaoSearcher;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.CorpusIndex;
import io.baocao.pipeline.cli.Baocao;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTP on the ingested corpus: what it answers, what it refuses, what it never does. */
class WebServerTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = WebServer.start(CorpusIndex.path(), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void apiSearchGivesTheHitsSearchJsonPrints() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("giai ngan"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        List<JsonNode> api = new ArrayList<>();
        RecordJson.MAPPER.readTree(r.body()).get("hits").forEach(api::add);
        List<JsonNode> cli = new ArrayList<>();
        for (String line : cli("search", "giai ngan", "--index", CorpusIndex.path().toString(), "--json").split("\n")) {
            cli.add(RecordJson.MAPPER.readTree(line));
        }
        assertFalse(api.isEmpty());
        assertEquals(cli, api);
        // folded and exact spellings find the same hits (the order may differ: exact spellings rank first)
        assertEquals(keys("giai ngan"), keys("giải ngân"));
        assertEquals(keys("giai ngan"), keys("GIẢI NGÂN"));
    }

    @Test
    void everyPageCarriesARestrictiveContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/?q=" + enc("giai ngan"), "/series?q=GRDP&type=percentage", "/api/search?q=GRDP",
                "/nope", "/?q=x&bad=1")) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("content-security-policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""), path);
            assertFalse(r.body().contains("<script"), path);
        }
    }

    @Test
    void badInputIsAnsweredWithAPageSayingWhatHappened() throws Exception {
        Map<String, String> cases = Map.of(
                "/?q=" + "a".repeat(Params.MAX_QUERY + 1), "at most " + Params.MAX_QUERY,
                "/?q=giai&foo=1", "unknown parameter &quot;foo&quot;",
                "/?q=" + enc("***"), "no words or numbers to search for",
                "/?q=giai&year=abc", "year must be a year",
                "/?q=giai&type=table", "type must be one of",
                "/?q=a&q=b", "given 2 times",
                "/series?q=GRDP&type=passage", "type must be one of figure, percentage",
                "/export?format=pdf", "format must be csv, xlsx or jsonl");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = get(c.getKey());
            assertEquals(400, r.statusCode(), c.getKey());
            assertTrue(r.body().contains(c.getValue()), c.getKey() + " says " + c.getValue());
            assertFalse(r.body().contains("Exception") || r.body().contains("at io."), c.getKey() + ": no stack trace");
        }
        HttpResponse<String> api = get("/api/search?q=");
        assertEquals(400, api.statusCode());
        assertEquals("q is required: /api/search?q=giai+ngan", RecordJson.MAPPER.readTree(api.body()).get("error").asText());
        assertEquals(400, get("/api/series?q=GRDP&type=status").statusCode());
        HttpResponse<String> missing = get("/no/such/page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("there is no page at /no/such/page"));
    }

    @Test
    void luceneSyntaxIsSearchedAsWords() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("giai ngan)(*:\" AND~ text:"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode syntax = RecordJson.MAPPER.readTree(r.body()).get("hits");
        assertEquals(200, get("/?q=" + enc("(giải ngân) OR *:* ~2 ^3 [a TO z]")).statusCode());
        // the operators are read as words, never as a match-all: every hit holds a word of the query
        assertFalse(syntax.isEmpty());
        for (JsonNode h : syntax) {
            String folded = java.text.Normalizer.normalize(h.get("text").asText().toLowerCase(java.util.Locale.ROOT),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
            assertTrue(folded.contains("giai") || folded.contains("ngan") || folded.contains("text"), h.get("text").asText());
        }
    }

    @Test
    void documentsAreServedByIdOnlyAndPathsNeverReachTheFileSystem() throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "/doc/cantho-2024-h1-bao-cao/page/4")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElse(""));
        assertArrayEquals(Files.readAllBytes(Corpus.file("cantho-2024-h1-bao-cao.pdf")), pdf.body());
        // the kế hoạch is held as DOCX and as PDF: the PDF is the one shown
        assertEquals("application/pdf", get("/doc/cantho-2023-ke-hoach-22/page/16").headers().firstValue("content-type").orElse(""));
        assertEquals(404, get("/doc/cantho-2024-h1-bao-cao/page/55").statusCode(), "the report has 54 pages");
        assertEquals(400, get("/doc/cantho-2024-h1-bao-cao/page/four").statusCode());
        assertEquals(404, get("/doc/cantho-2099-bao-cao/page/1").statusCode());
        for (String attack : List.of("/doc/../../etc/passwd/page/1", "/doc/..%2F..%2F..%2Fetc%2Fpasswd/page/1",
                "/doc/%2e%2e/page/1", "/doc/..%5c..%5cetc%5cpasswd/page/1", "/doc/.hidden/page/1",
                "/doc/%2Fetc%2Fpasswd/page/1", "/doc/../../../../etc/passwd", "/doc/cantho-2024-h1-bao-cao/../../../etc/passwd")) {
            String reply = raw(attack);
            int status = Integer.parseInt(reply.substring(9, 12));
            assertTrue(status == 400 || status == 404, attack + " -> " + reply.lines().findFirst().orElse(""));
            assertFalse(reply.contains("root:"), attack);
            assertTrue(reply.toLowerCase(java.util.Locale.ROOT).contains("content-security-policy: default-src 'none'"), attack + ": " + reply);
        }
    }

    @Test
    void textFromADocumentIsEscaped() throws Exception {
        Path report = dir.resolve("reports/bao-cao-xss.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "BÁO CÁO\nKết quả giải ngân vốn đầu tư công năm 2024 đạt 45,5% kế hoạch <script>alert(1)</script>"
                + " và <img src=x onerror=alert(2)> đã được ghi nhận.\n", StandardCharsets.UTF_8);
        Path index = dir.resolve("xss-index");
        assertEquals(0, Baocao.run("ingest", report.toString(), "--index", index.toString(), "--in-process"));
        try (WebServer s = WebServer.start(index, "127.0.0.1", 0)) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/?q=" + enc("giai ngan")))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body);
            assertTrue(body.contains("&lt;img src=x onerror=alert(2)&gt;"));
            assertFalse(body.contains("<script") || body.contains("<img"));
            assertTrue(body.contains("<mark>giải ngân</mark>"));
        }
    }

    @Test
    void seriesApiHasOnePointPerPeriodWithItsEvidence() throws Exception {
        JsonNode r = RecordJson.MAPPER.readTree(get("/api/series?q=" + enc("nút giao") + "&type=figure").body());
        assertEquals("nút giao", r.get("unit").asText());
        List<String> periods = new ArrayList<>();
        r.get("points").forEach(p -> periods.add(p.get("period").asText()));
        // Nghị quyết 05 (2022-H1) p.6 and Kế hoạch 22 (2023) p.16 name "05 nút giao"; the 2024-H1 báo cáo p.9 "2 nút giao"
        assertEquals(List.of("2022-H1", "2023", "2024-H1"), periods);
        JsonNode first = r.get("points").get(0);
        assertEquals(5.0, first.get("value").asDouble());
        assertEquals("cantho-2022-h1-nghi-quyet-05", first.get("doc").asText());
        assertEquals(6, first.get("page").asInt());
        assertEquals("thành phố Cần Thơ", first.get("jurisdiction").asText());
        assertTrue(first.get("text").asText().contains("05 nút giao"));
        assertEquals(2.0, r.get("points").get(2).get("value").asDouble());
        assertTrue(r.get("points").get(2).get("text").asText().contains("2 nút giao"));
        for (String f : List.of("period", "year", "jurisdiction", "value", "unit", "metric", "doc", "page", "text")) {
            assertTrue(first.has(f), f);
        }
    }

    @Test
    void exportDownloadsHoldEveryRecordOrThoseOfTheSearch() throws Exception {
        long total;
        try (BaocaoSearcher s = BaocaoSearcher.open(CorpusIndex.path())) {
            var c = s.counts();
            total = c.get("document") + c.get("figure") + c.get("percentage") + c.get("reference") + c.get("status");
        }
        HttpResponse<String> csv = get("/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-disposition").orElse("").contains("baocao-records.csv"));
        assertEquals(total, org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.body())).getRecords().size());
        HttpResponse<String> some = get("/export?format=jsonl&q=" + enc("giai ngan") + "&year=2024&type=figure");
        assertEquals(cli("export", "--index", CorpusIndex.path().toString(), "--query", "giai ngan", "--year", "2024",
                "--type", "figure", "--format", "jsonl", "-o", dir.resolve("same.jsonl").toString()).length(), 0);
        assertEquals(Files.readString(dir.resolve("same.jsonl")), some.body());
    }

    @Test
    void serveRefusesABusyPortWithAMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            PrintStream err = System.err;
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Baocao.run("serve", "--index", CorpusIndex.path().toString(), "--port", String.valueOf(taken.getLocalPort()));
            } finally {
                System.setErr(err);
            }
            assertEquals(1, code);
            assertTrue(buf.toString(StandardCharsets.UTF_8).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), buf.toString());
        }
        assertEquals(2, Baocao.run("serve", "--index", dir.resolve("no-index").toString(), "--port", "0"));
    }

    private static java.util.Set<String> keys(String query) throws Exception {
        java.util.Set<String> out = new java.util.HashSet<>();
        RecordJson.MAPPER.readTree(get("/api/search?n=100&q=" + enc(query)).body()).get("hits")
                .forEach(h -> out.add(h.get("doc") + "|" + h.get("page") + "|" + h.get("type") + "|" + h.get("text")));
        return out;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request sent as written, no client normalising its path. */
    private static String raw(String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static synchronized String cli(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Baocao.run(args));
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
