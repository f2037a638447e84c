package io.baocao.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.text.Sentences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceSample;
import org.junit.jupiter.api.Test;

class SentenceModelTrainerTest {
    private static final Path DATA = Path.of("..", "train", "sentences");
    private final SentenceModelTrainer trainer = new SentenceModelTrainer();

    private static TrainingFile file(String name) throws IOException {
        return new TrainingFile(name, Files.readAllLines(DATA.resolve(name), StandardCharsets.UTF_8));
    }

    /** Three real documents of the training data: a decision, a notice and an appendix. */
    private static List<TrainingFile> three() throws IOException {
        return List.of(file("hn-15-2010-qd-ubnd.sent"), file("bd-243-tb-vpubnd-2020.sent"),
                file("cantho-2024-phu-luc-320.sent"));
    }

    @Test
    void theSameFilesTrainTheSameBytes() throws IOException {
        List<TrainingFile> files = three();
        assertArrayEquals(trainer.train(files), trainer.train(files));
    }

    @Test
    void aParagraphIsOneSampleItsLinesTheSentences() {
        TrainingFile f = new TrainingFile("t.sent", List.of(
                "Tình hình cung cấp điện ổn định, đảm bảo đủ điện trong sản xuất, kinh doanh và sinh hoạt cho người dân.",
                "Điện năng tiết kiệm 34,38 triệu kWh, đạt 52,36% kế hoạch, tăng 7,98%.",
                "",
                "- TT. HĐND thành phố;"));
        List<SentenceSample> samples = SentenceModelTrainer.samples(f);
        assertEquals(2, samples.size());
        assertEquals(2, samples.get(0).getSentences().length);
        assertEquals("- TT. HĐND thành phố;", samples.get(1).getDocument());
    }

    @Test
    void aSentenceWithoutItsOwnFullStopGivesNoSplitEvent() {
        // OpenNLP's own event stream would mark the '.' of 42.631 as this list item's end
        TrainingFile f = new TrainingFile("t.sent",
                List.of("Tổng số lao động đang làm việc 42.631 lao động, tăng 1.510 lao động so với cùng kỳ;"));
        SentenceDetectorFactory factory = new VietnameseSentenceFactory(SentenceModelTrainer.LANGUAGE,
                SentenceModelTrainer.abbreviations(), SentenceModelTrainer.END_OF_SENTENCE);
        List<Event> events = SentenceModelTrainer.events(SentenceModelTrainer.samples(f), factory);
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(e -> e.getOutcome().equals(SentenceDetectorME.NO_SPLIT)));
        List<Event> ended = SentenceModelTrainer.events(SentenceModelTrainer.samples(new TrainingFile("t.sent",
                List.of("Tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng đạt 74%."))), factory);
        assertEquals(SentenceDetectorME.SPLIT, ended.get(ended.size() - 1).getOutcome());
    }

    @Test
    void theCrossValidationCountsTheBoundariesOfTheHeldOutFiles() throws IOException {
        List<TrainingFile> files = three();
        ModelComparison c = trainer.crossValidate(files);
        assertEquals(files.size(), c.files().size());
        int gold = 0;
        int ruleFound = 0;
        for (TrainingFile f : files) {
            int fileGold = 0;
            for (SentenceSample s : SentenceModelTrainer.samples(f)) {
                fileGold += s.getSentences().length - 1;
                ruleFound += Sentences.spans(s.getDocument()).stream()
                        .filter(sp -> !s.getDocument().substring(sp[0], sp[1]).isBlank()).count() - 1;
            }
            gold += fileGold;
            final int expected = fileGold;
            assertEquals(expected, c.files().stream().filter(r -> r.file().equals(f.name())).findFirst()
                    .orElseThrow().rule().get(SentenceModelTrainer.GOLD).intValue());
        }
        assertEquals(gold, c.rule().get(SentenceModelTrainer.GOLD).intValue());
        assertEquals(gold, c.modelScores().get(SentenceModelTrainer.GOLD).intValue());
        assertEquals(ruleFound, c.rule().get(SentenceModelTrainer.FOUND).intValue());
        for (Map<String, Double> m : List.of(c.rule(), c.modelScores())) {
            double correct = m.get(SentenceModelTrainer.CORRECT);
            assertEquals(correct / m.get(SentenceModelTrainer.FOUND), m.get(SentenceModelTrainer.P), 1e-9);
            assertEquals(correct / m.get(SentenceModelTrainer.GOLD), m.get(SentenceModelTrainer.R), 1e-9);
        }
        // the rule cuts "Điều 1." from its article (hn-15): a false boundary the count must hold
        assertTrue(c.rule().get(SentenceModelTrainer.FOUND) > c.rule().get(SentenceModelTrainer.CORRECT));
        assertFalse(c.decision().isBlank());
    }

    @Test
    void aBoundaryIsWhereTheNextSentenceStarts() {
        String text = "Sản lượng thủy sản tăng so với cùng kỳ.  Tăng cường quản lý chất lượng vật tư nông nghiệp.";
        List<int[]> spans = new ArrayList<>(List.of(new int[] {0, 39}, new int[] {39, text.length()}));
        assertEquals(List.of(41), List.copyOf(SentenceModelTrainer.starts(spans, text)));
    }
}
