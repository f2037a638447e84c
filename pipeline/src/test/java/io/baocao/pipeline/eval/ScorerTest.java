package io.baocao.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules of docs/RECORDS.md, as the scorer applies them. */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String... json) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String j : json) {
            out.add(JSON.readTree(j));
        }
        return out;
    }

    @Test
    void figuresMatchOnUnitAndValueCountedNounsByFirstSyllable() throws Exception {
        List<JsonNode> gold = lines(
                "{\"type\":\"figure\",\"page\":1,\"value\":2029.859,\"target\":5860.4,\"unit\":\"tỷ đồng\",\"metric_key\":\"giải ngân\"}",
                "{\"type\":\"figure\",\"page\":1,\"value\":126,\"unit\":\"vụ việc\"}",
                "{\"type\":\"figure\",\"page\":1,\"value\":23,\"unit\":\"chủ đầu tư\"}");
        List<JsonNode> out = lines(
                "{\"type\":\"figure\",\"page\":1,\"value\":2029.859,\"target\":5860.4,\"unit\":\"tỷ đồng\",\"metric\":\"kết quả giải ngân vốn\"}",
                "{\"type\":\"figure\",\"page\":1,\"value\":126,\"unit\":\"vụ\"}",
                "{\"type\":\"figure\",\"page\":2,\"value\":23,\"unit\":\"triệu đồng\"}");
        Scorer.Result r = new Scorer().score("f", gold, out);
        Scorer.Counts c = r.types.get("figure");
        assertEquals(2, c.tp);
        assertEquals(1, c.fn);
        assertEquals(1, c.fp);
        assertEquals(1.0, r.fieldAccuracy("figure", "metric_key"));
    }

    @Test
    void eachGoldRecordIsMatchedOnceAndTheGoldPagePreferred() throws Exception {
        List<JsonNode> gold = lines("{\"type\":\"percentage\",\"page\":2,\"value\":5,\"role\":\"growth\"}");
        List<JsonNode> out = lines(
                "{\"type\":\"percentage\",\"page\":1,\"value\":5,\"role\":\"rate\"}",
                "{\"type\":\"percentage\",\"page\":2,\"value\":5,\"role\":\"growth\"}");
        Scorer.Result r = new Scorer().score("f", gold, out);
        assertEquals(1, r.types.get("percentage").tp);
        assertEquals(1, r.types.get("percentage").fp);
        assertEquals(1.0, r.fieldAccuracy("percentage", "role"));
    }

    @Test
    void amongEqualValuesOnOnePageTheOutputThatAgreesWithTheGoldIsItsPair() throws Exception {
        // cantho-2024-h1-bao-cao p. 8: "TTYT Phong Điền 2/2 gói; TTYT Bình Thuỷ 2/2 gói": same value, same page
        List<JsonNode> gold = lines(
                "{\"type\":\"figure\",\"page\":8,\"value\":2,\"target\":2,\"unit\":\"gói\",\"metric_key\":\"Bình Thuỷ\"}",
                "{\"type\":\"figure\",\"page\":8,\"value\":2,\"target\":2,\"unit\":\"gói\",\"metric_key\":\"Phong Điền\"}");
        List<JsonNode> out = lines(
                "{\"type\":\"figure\",\"page\":8,\"value\":2,\"target\":2,\"unit\":\"gói\",\"metric\":\"TTYT Phong Điền gói\"}",
                "{\"type\":\"figure\",\"page\":8,\"value\":2,\"target\":2,\"unit\":\"gói\",\"metric\":\"TTYT Bình Thuỷ gói\"}");
        Scorer.Result r = new Scorer().score("f", gold, out);
        assertEquals(2, r.types.get("figure").tp);
        assertEquals(1.0, r.fieldAccuracy("figure", "metric_key"));
    }

    @Test
    void referencesByNumberOrBySubjectAndStatusesByKey() throws Exception {
        List<JsonNode> gold = lines(
                "{\"type\":\"reference\",\"number\":\"42/NQ-HĐND\",\"issued\":\"2023-12-08\"}",
                "{\"type\":\"reference\",\"number\":null,\"subject\":\"Luật Đất đai\"}",
                "{\"type\":\"status\",\"status\":\"done\",\"key\":\"nhiệm vụ đã hoàn thành\"}");
        List<JsonNode> out = lines(
                "{\"type\":\"reference\",\"number\":\"42 / NQ-HĐND\",\"issued\":\"2023-12-09\"}",
                "{\"type\":\"reference\",\"raw\":\"Luật Đất đai năm 2024\"}",
                "{\"type\":\"status\",\"status\":\"done\",\"text\":\"07 nhiệm vụ đã hoàn thành;\"}");
        Scorer.Result r = new Scorer().score("f", gold, out);
        assertEquals(2, r.types.get("reference").tp);
        assertEquals(1, r.types.get("status").tp);
        assertEquals(0.0, r.fieldAccuracy("reference", "issued"));
    }
}
