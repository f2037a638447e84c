package io.baocao.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over corpus/, scored against gold/ by the same code as {@code baocao eval}: the
 * build fails when a record type's F1 drops below gold/baseline.json.
 */
class AccuracyRegressionTest {
    static Evaluation.Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = new Evaluation(new Pipeline()).run(Corpus.corpus(), Corpus.gold());
        System.out.println(EvalReport.text(report, false));
    }

    @Test
    void everyCorpusDocumentHasGold() {
        assertEquals(List.of(), report.withoutGold());
        assertTrue(report.files().size() >= 5);
    }

    @Test
    void noRecordTypeFallsBelowTheBaseline() throws Exception {
        JsonNode baseline = new ObjectMapper().readTree(Corpus.gold().resolve("baseline.json").toFile()).get("f1");
        List<String> drops = new ArrayList<>();
        for (String type : Scorer.TYPES) {
            double f1 = report.overall().types.get(type).f1();
            double floor = baseline.get(type).asDouble();
            if (f1 + 1e-9 < floor) {
                drops.add(String.format(Locale.ROOT, "%s F1 %.4f < baseline %.4f", type, f1, floor));
            }
        }
        assertEquals(List.of(), drops, "accuracy dropped (see the report above; baocao eval --misses lists why)");
    }

    @Test
    void noFieldFallsBelowTheBaseline() throws Exception {
        JsonNode baseline = new ObjectMapper().readTree(Corpus.gold().resolve("baseline.json").toFile()).get("fields");
        List<String> drops = new ArrayList<>();
        for (var it = baseline.fields(); it.hasNext(); ) {
            var e = it.next();
            String[] typeField = e.getKey().split("\\.", 2);
            double accuracy = report.overall().fieldAccuracy(typeField[0], typeField[1]);
            if (!(accuracy + 1e-9 >= e.getValue().asDouble())) {
                drops.add(String.format(Locale.ROOT, "%s %.4f < baseline %.4f", e.getKey(), accuracy, e.getValue().asDouble()));
            }
        }
        assertEquals(List.of(), drops, "field accuracy dropped (baocao eval --field-errors lists the pairs)");
    }
}
