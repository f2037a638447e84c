package io.baocao.pipeline.nlp;

import io.baocao.extract.nlp.ModelTrainer;
import io.baocao.extract.nlp.TrainingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training data in the repository ({@code train/<model>/}, one file per source document, in
 * OpenNLP's format for the model) and the models shipped in the jar. Files are read in name order, so
 * training sees its samples in the same order on every machine.
 */
public final class TrainingData {
    private final Path root;

    public TrainingData(Path root) {
        this.root = root;
    }

    /** The training folder of a checkout: {@code train/} under the working folder. */
    public static TrainingData inWorkingFolder() {
        return new TrainingData(Path.of("train"));
    }

    public Path folder(ModelTrainer trainer) {
        return root.resolve(trainer.dataFolder());
    }

    /** The trainer's data files, in name order; empty when its folder holds none. */
    public List<TrainingFile> files(ModelTrainer trainer) {
        Path dir = folder(trainer);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<TrainingFile> out = new ArrayList<>();
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
                out.add(new TrainingFile(p.getFileName().toString(), Files.readAllLines(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training data in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of the model the jar ships for this trainer, or null when it ships none. */
    public static byte[] shipped(ModelTrainer trainer) {
        try (InputStream in = ModelTrainer.class.getResourceAsStream(trainer.resource())) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
