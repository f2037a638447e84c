package io.baocao.pipeline.cli;

import io.baocao.extract.nlp.ModelTrainer;
import io.baocao.extract.nlp.Models;
import io.baocao.extract.nlp.TrainingFile;
import io.baocao.pipeline.nlp.TrainingData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baocao train}: rebuilds every shipped model from the training data in the repository. Training
 * is deterministic, so on an unchanged checkout the models written are the shipped ones, byte for byte
 * ({@code --check} says whether they are, without writing).
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Train the OpenNLP models from train/ (deterministic) into the extractors' resources.")
final class TrainCommand implements Callable<Integer> {
    static final Path RESOURCES = Path.of("extractors", "src", "main", "resources");

    @Option(names = "--data", paramLabel = "DIR", description = "Training data folder (default: train).")
    Path data = Path.of("train");

    @Option(names = "--out", paramLabel = "DIR",
            description = "Resource root the models are written under (default: extractors/src/main/resources).")
    Path out = RESOURCES;

    @Option(names = "--check", description = "Train, and only compare with the models in this jar; exit 1 if any differs.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println("baocao: no training data folder " + data + " (run from the root of a checkout, or give --data)");
            return 2;
        }
        TrainingData training = new TrainingData(data);
        int differing = 0;
        for (ModelTrainer trainer : Models.trainers()) {
            List<TrainingFile> files = training.files(trainer);
            if (files.isEmpty()) {
                System.err.println("baocao: no training data in " + training.folder(trainer) + " for the " + trainer.name() + " model");
                return 2;
            }
            byte[] model = trainer.train(files);
            byte[] shipped = TrainingData.shipped(trainer);
            boolean same = Arrays.equals(model, shipped);
            if (check) {
                System.out.printf("%-10s %s (%d files, %d bytes)%n", trainer.name(),
                        same ? "same as shipped" : shipped == null ? "not shipped" : "DIFFERS from shipped", files.size(), model.length);
                differing += same ? 0 : 1;
                continue;
            }
            Path target = out.resolve(trainer.resource().substring(1));
            Files.createDirectories(target.getParent());
            Files.write(target, model);
            System.out.printf("%-10s %s  (%d files, %d bytes%s)%n", trainer.name(), target, files.size(), model.length,
                    same ? ", same as the jar's" : ", changed: rebuild the jar");
        }
        return differing == 0 ? 0 : 1;
    }
}
