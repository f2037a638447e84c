package io.baocao.extract;

import io.baocao.extract.model.Record;
import io.baocao.extract.quantity.FigureExtractor;
import io.baocao.extract.quantity.PercentageExtractor;
import io.baocao.extract.reference.ReferenceExtractor;
import io.baocao.extract.status.StatusExtractor;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place the passage extractors are composed. Each reads a passage on its own; the order is
 * the order records of one passage are written in.
 */
public final class Extractors {
    private final List<Extractor> chain;

    public Extractors(List<Extractor> chain) {
        this.chain = List.copyOf(chain);
    }

    public static Extractors standard() {
        return new Extractors(List.of(
                new FigureExtractor(),
                new PercentageExtractor(),
                new ReferenceExtractor(),
                new StatusExtractor()));
    }

    public List<Record> extract(Passage passage) {
        List<Record> out = new ArrayList<>();
        for (Extractor e : chain) {
            out.addAll(e.extract(passage));
        }
        return out;
    }
}
