package io.baocao.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameModelTrainerTest {
    /** Three small documents of train/names: short enough to train three times in a unit test. */
    private static final List<String> FILES = List.of("bd-791-ccqldd-2020.ner", "bd-cv-ttpvhcc-dongphuc-2020.ner",
            "vn-8151-bnv-cchc-2025.ner");

    private static List<TrainingFile> files() throws IOException {
        List<TrainingFile> out = new ArrayList<>();
        for (String f : FILES) {
            out.add(new TrainingFile(f, Files.readAllLines(Path.of("../train/names", f), StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void leaveOneFileOutScoresEveryHeldOutNameOnce() throws IOException {
        List<TrainingFile> files = files();
        ModelComparison c = new NameModelTrainer().crossValidate(files);
        int agencies = 0;
        int places = 0;
        Pattern start = Pattern.compile("<START:(\\w+)>");
        for (TrainingFile f : files) {
            for (String line : f.lines()) {
                Matcher m = start.matcher(line);
                while (m.find()) {
                    if (m.group(1).equals("agency")) {
                        agencies++;
                    } else {
                        places++;
                    }
                }
            }
        }
        assertEquals(agencies + places, c.rule().get("gold"));
        assertEquals(agencies + places, c.modelScores().get("gold"));
        assertEquals(FILES.size(), c.files().size());
        double heldOut = c.files().stream().mapToDouble(f -> f.model().get("gold")).sum();
        assertEquals(agencies + places, heldOut);
        for (Map<String, Double> m : List.of(c.rule(), c.modelScores())) {
            for (String k : List.of("agency F1", "place F1", "all P", "all R", "all F1")) {
                assertTrue(m.get(k) >= 0 && m.get(k) <= 1, k + " " + m.get(k));
            }
        }
        assertTrue(c.decision().contains("agency:") && c.decision().contains("place:"), c.decision());
    }

    @Test
    void theSameFilesTrainTheSameBytes() throws IOException {
        List<TrainingFile> files = files();
        NameModelTrainer t = new NameModelTrainer();
        byte[] a = t.train(files);
        byte[] b = t.train(files);
        assertTrue(a.length > 1000);
        assertTrue(java.util.Arrays.equals(a, b));
    }
}
