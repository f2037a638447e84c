package io.baocao.extract.nlp;

import java.util.List;

/**
 * One file of a model's training data, in OpenNLP's own format for that model, named after the source
 * document its samples were taken from: leave-one-file-out scoring holds a whole source document out,
 * so no sample of the document scored is ever trained on.
 */
public record TrainingFile(String name, List<String> lines) {
    public TrainingFile {
        lines = List.copyOf(lines);
    }
}
