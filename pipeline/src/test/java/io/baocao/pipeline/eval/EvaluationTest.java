package io.baocao.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.BadFiles;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the pipeline cannot read does not stop the evaluation: its gold counts as missed. */
class EvaluationTest {
    @Test
    void anUnreadableFileIsScoredAsMissedAndTheRestIsScored(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.copy(BadFiles.SMALL_PDF, corpus.resolve("nq.pdf"));
        Files.copy(Corpus.gold().resolve("cantho-2022-h1-nghi-quyet-05.jsonl"), gold.resolve("nq.jsonl"));
        Files.move(BadFiles.zeroBytes(dir), corpus.resolve("broken.pdf"));
        Files.writeString(gold.resolve("broken.jsonl"),
                "{\"type\":\"reference\",\"doc\":\"broken\",\"page\":1,\"kind\":\"Nghị quyết\",\"number\":\"05/NQ-HĐND\"}\n");

        Evaluation.Report report = new Evaluation(new Pipeline()).run(corpus, gold);

        assertEquals(2, report.files().size());
        assertTrue(report.unreadable().get("broken.pdf").startsWith("empty file"), report.unreadable().toString());
        assertEquals(1, report.files().get("broken.pdf").types.get("reference").fn);
        assertTrue(report.files().get("nq.pdf").types.get("reference").tp > 0, "the readable file is still scored");
        assertTrue(EvalReport.text(report, false).contains("not read: broken.pdf: empty file"));
    }
}
