package io.baocao.extract.quantity;

import io.baocao.extract.text.AnnotatedPassage;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantities of a passage with the indicator each measures, read once for both the figure and the
 * percentage extractor: a percentage after a figure shares the figure's subject ("… đạt 1.601,17 triệu
 * kWh, đạt 51,21% kế hoạch"), so they are read in one pass, in order.
 */
public final class QuantityReading {
    /** A quantity as written, and the indicator it measures (or null). */
    public record Read(QuantityMention mention, String metric) {
    }

    private QuantityReading() {
    }

    /** Reads the quantities of a passage; {@link AnnotatedPassage#quantities()} keeps them. */
    /** The quantities of a passage, read once and shared by the figure and percentage extractors. */
    public static List<Read> in(AnnotatedPassage passage) {
        return passage.reading(QuantityReading.class, QuantityReading::of);
    }

    public static List<Read> of(AnnotatedPassage passage) {
        if (!QuantityPassages.readsQuantities(passage.passage())) {
            return List.of();
        }
        String text = passage.text();
        List<QuantityMention> mentions = QuantityScanner.scan(text, passage.numbers(), passage.dates(),
                passage.documentNumbers());
        List<String> metrics = new ArrayList<>();
        List<Read> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            QuantityMention q = mentions.get(i);
            String metric = MetricFinder.find(text, q, mentions.subList(0, i), metrics);
            metrics.add(metric);
            out.add(new Read(q, metric));
        }
        return List.copyOf(out);
    }
}
