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
}
