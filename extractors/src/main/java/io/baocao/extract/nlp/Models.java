package io.baocao.extract.nlp;

import java.util.List;

/** Every model baocao trains and ships, in the order {@code baocao train} builds them. */
public final class Models {
    private Models() {
    }

    public static List<ModelTrainer> trainers() {
        return List.of(new SentenceModelTrainer(), new NameModelTrainer(), new SectorModelTrainer());
    }
}
