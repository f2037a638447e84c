package io.baocao.extract.nlp;

import java.util.List;

/**
 * Trains one of the models baocao ships, from its training data in the repository, and scores it against
 * the rule it competes with. Training is deterministic (fixed iterations, fixed cutoff, one thread, no
 * random order), so {@code train} of the same files gives the same bytes: {@code baocao train} rebuilds
 * the shipped models and a test checks they are what the data produces.
 */
public interface ModelTrainer {

    /** The model's short name, as {@code baocao train} and {@code eval --models} print it. */
    String name();

    /** The folder under {@code train/} holding this model's data, one file per source document. */
    String dataFolder();

    /** The class-path resource the shipped model is read from (under {@code io/baocao/extract/nlp/}). */
    String resource();

    /** The model trained on these files, as {@link ModelBytes} writes it. */
    byte[] train(List<TrainingFile> files);

    /** The model against its rule, leave one file out. */
    ModelComparison crossValidate(List<TrainingFile> files);
}
