package io.baocao.pipeline.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.baocao.extract.nlp.ModelTrainer;
import io.baocao.extract.nlp.Models;
import io.baocao.extract.nlp.TrainingFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The models the jar ships are what the training data in the repository produces, byte for byte. */
class ShippedModelsTest {
    private static final TrainingData TRAIN = new TrainingData(Path.of("..", "train"));

    @TestFactory
    List<DynamicTest> everyShippedModelIsWhatItsDataTrains() {
        return Models.trainers().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> check(t))).toList();
    }

    private static void check(ModelTrainer trainer) {
        List<TrainingFile> files = TRAIN.files(trainer);
        assertFalse(files.isEmpty(), "no training data in " + TRAIN.folder(trainer));
        byte[] shipped = TrainingData.shipped(trainer);
        assertNotNull(shipped, trainer.resource() + " is not in the jar: run bin/baocao train");
        assertArrayEquals(shipped, trainer.train(files),
                trainer.name() + ": the shipped model is not what " + TRAIN.folder(trainer) + " trains: run bin/baocao train");
    }
}
