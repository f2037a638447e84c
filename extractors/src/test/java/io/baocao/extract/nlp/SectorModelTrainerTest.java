package io.baocao.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.sector.SectorFeatures;
import io.baocao.extract.sector.SectorRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sector trainer on the training data in the repository: what it measures is computed, file by file. */
class SectorModelTrainerTest {
    private static final Path DATA = Path.of("..", "train", "sectors");

    private static TrainingFile file(String name) throws Exception {
        return new TrainingFile(name, Files.readAllLines(DATA.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void leaveOneFileOutScoresEachHeldOutFileWithTheRuleAsItIsAndAModelTrainedWithoutIt() throws Exception {
        List<TrainingFile> files = List.of(file("realworld-bd-cv-ttpvhcc-kyso-2020-signed.cat"),
                file("realworld-bdg-09-2009-ct-ubnd.cat"), file("realworld-vn-01-2006-tt-nhnn-tcvn3.cat"));
        ModelComparison c = new SectorModelTrainer().crossValidate(files);
        assertEquals(3, c.files().size());
        SectorRule rule = new SectorRule();
        int all = 0;
        int right = 0;
        for (int i = 0; i < files.size(); i++) {
            int n = 0;
            int ok = 0;
            for (String line : files.get(i).lines()) {
                List<String> tokens = new ArrayList<>(List.of(line.split(" ")));
                String gold = tokens.remove(0);
                String[] ht = SectorFeatures.headingAndText(tokens);
                n++;
                ok += rule.of(ht[0], ht[1]).id().equals(gold) ? 1 : 0;
            }
            Map<String, Double> held = c.files().get(i).rule();
            assertEquals(n, held.get("passages"));
            assertEquals((double) ok / n, held.get("accuracy"), 1e-9, files.get(i).name());
            all += n;
            right += ok;
        }
        assertEquals(all, c.rule().get("passages"));
        assertEquals((double) right / all, c.rule().get("accuracy"), 1e-9);
        assertTrue(c.modelScores().get("accuracy") >= 0 && c.modelScores().get("accuracy") <= 1);
        assertTrue(c.decision().startsWith(c.modelScores().get("macro-F1") > c.rule().get("macro-F1") ? "model used" : "rule kept"),
                c.decision());
    }

    @Test
    void macroF1AveragesTheSectorsTheGoldHas() {
        // y-te: tp 1, fn 1 -> F1 2/3; dau-tu-cong: tp 1, fp 1 -> F1 2/3; nong-nghiep never in the gold
        Map<String, Double> s = SectorModelTrainer.scores(List.of("y-te", "y-te", "dau-tu-cong"),
                List.of("y-te", "dau-tu-cong", "dau-tu-cong"));
        assertEquals(2.0 / 3, s.get("accuracy"), 1e-9);
        assertEquals(2.0 / 3, s.get("macro-F1"), 1e-9);
        Map<String, Double> wrongSector = SectorModelTrainer.scores(List.of("y-te", "y-te"), List.of("y-te", "nong-nghiep"));
        assertEquals(2.0 / 3, wrongSector.get("macro-F1"), 1e-9);
    }

    @Test
    void aLineNamingNoSectorIsRefusedWithItsFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SectorModelTrainer.read(
                new TrainingFile("x.cat", List.of("y-te Tỷ lệ tham gia bảo hiểm y tế", "health Bệnh viện"))));
        assertTrue(e.getMessage().contains("x.cat line 2"), e.getMessage());
    }
}
