package io.baocao.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Corpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** First-seen scores of both sets, read from the files the gold keeps them in (three shapes). */
class ByFileTest {
    static final Path GOLD = Corpus.root().resolve("gold");

    @Test
    void everyRealWorldFileHasItsFirstSeenScores() throws Exception {
        Map<String, Map<String, Double>> first = ByFile.firstSeen(GOLD.resolve("realworld"));
        assertEquals(0.95, first.get("bgddt-nhiemvu-2017.pdf").get("status"), 0.01, "eval_json shape");
        assertEquals(0.0, first.get("bg-115-bc-kcn-2012-scan.pdf").get("reference"), 1e-9, "a scan scored as its empty output");
        assertEquals(0.905, first.get("vn-bc-nln-t01-2006.pdf").get("figure"), 0.001, "eval shape");
        assertEquals(21, first.size(), "one entry per real-world file: " + first.keySet());
    }

    @Test
    void theCorpusFirstSeenScoresAreREADMEs() throws Exception {
        Map<String, Map<String, Double>> first = ByFile.firstSeen(GOLD);
        assertEquals(0.95, first.get("cantho-2022-h1-nghi-quyet-05.pdf").get("reference"), 1e-9, "the held-out file, first measured");
        assertTrue(!first.get("cantho-2023-ke-hoach-22.docx").containsKey("status"), "no gold and no output: no score");
    }
}
