package io.baocao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.pipeline.CorpusIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sector filter and facet of the web page, on the ingested corpus. */
class WebSectorTest {
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

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> hits(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> out = new ArrayList<>();
        RecordJson.MAPPER.readTree(r.body()).get("hits").forEach(out::add);
        return out;
    }

    @Test
    void theSectorParameterKeepsThatSectorsHits() throws Exception {
        List<JsonNode> all = hits("/api/search?q=giai+ngan");
        List<JsonNode> investment = hits("/api/search?q=giai+ngan&sector=dau-tu-cong");
        assertFalse(investment.isEmpty());
        assertTrue(investment.stream().allMatch(h -> "dau-tu-cong".equals(h.path("sector").asText())), investment.toString());
        assertTrue(all.stream().anyMatch(h -> !"dau-tu-cong".equals(h.path("sector").asText())),
                "giải ngân is written in other sectors too");
    }

    @Test
    void thePageOffersTheSectorFacetByLabelAndRefusesAnUnknownSector() throws Exception {
        HttpResponse<String> page = get("/?q=giai+ngan");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-facet=\"sector\""), page.body());
        assertTrue(page.body().contains("data-value=\"dau-tu-cong\">Đầu tư công <span class=\"count\">"), page.body());
        HttpResponse<String> bad = get("/api/search?q=giai+ngan&sector=the-thao");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("sector must be one of kinh-te-tong-hop"), bad.body());
    }
}
