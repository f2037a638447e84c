package io.baocao.extract.nlp;

import io.baocao.extract.sector.SectorClassifier;
import io.baocao.extract.sector.SectorFeatures;
import io.baocao.extract.sector.SectorModel;
import io.baocao.extract.sector.SectorRule;
import io.baocao.extract.sector.Sectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The sector model: OpenNLP's document categorizer (naive Bayes) over the words and word pairs of a passage and
 * of its nearest heading, and the rule's phrase hits ({@link SectorFeatures}), trained from {@code train/sectors/*.cat} (OpenNLP's doccat format: the sector id,
 * then the passage's tokens, the heading's prefixed {@code h:}; one passage a line). It competes with
 * {@link SectorRule}, the keyword lists; both are scored by accuracy and by macro-F1 over the sectors the
 * held-out passages have.
 */
public final class SectorModelTrainer implements ModelTrainer {
    /**
     * Naive Bayes: of the three OpenNLP trainers tried on this data, leave one file out (words, word pairs and
     * the rule's phrase hits as features), it scored best (macro-F1 0.66; perceptron 0.65, maxent 0.61 at
     * 100 iterations) and trains fastest. Iterations are read by maxent and perceptron only; kept fixed anyway.
     */
    static final String ALGORITHM = "NAIVEBAYES";
    static final int ITERATIONS = 100;
    static final int CUTOFF = 1;
    static final String ACCURACY = "accuracy";
    static final String MACRO_F1 = "macro-F1";
    static final String PASSAGES = "passages";

    @Override
    public String name() {
        return "sectors";
    }

    @Override
    public String dataFolder() {
        return "sectors";
    }

    @Override
    public String resource() {
        return SectorModel.RESOURCE;
    }

    /** One labelled passage of a training file. */
    record Labelled(String sector, List<String> tokens) {
    }

    /** The passages of a file; a line that is blank is skipped, one naming no sector is refused. */
    static List<Labelled> read(TrainingFile file) {
        List<Labelled> out = new ArrayList<>();
        int n = 0;
        for (String line : file.lines()) {
            n++;
            String[] t = line.strip().split("\\s+");
            if (t.length == 0 || t[0].isEmpty()) {
                continue;
            }
            if (Sectors.byId(t[0]).isEmpty()) {
                throw new IllegalArgumentException(file.name() + " line " + n + ": \"" + t[0]
                        + "\" is not a sector id (words/sectors.txt)");
            }
            out.add(new Labelled(t[0], List.of(Arrays.copyOfRange(t, 1, t.length))));
        }
        return out;
    }

    @Override
    public byte[] train(List<TrainingFile> files) {
        return ModelBytes.of(model(files));
    }

    static DoccatModel model(List<TrainingFile> files) {
        List<DocumentSample> samples = new ArrayList<>();
        for (TrainingFile f : files) {
            for (Labelled l : read(f)) {
                samples.add(new DocumentSample(l.sector(), SectorFeatures.features(l.tokens())));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            // the generators' own defaults (a model names them in its manifest and is read back with them)
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator()});
            return DocumentCategorizerME.train("vi", new CollectionObjectStream<>(samples), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ModelComparison crossValidate(List<TrainingFile> files) {
        SectorRule rule = new SectorRule();
        List<String> gold = new ArrayList<>();
        List<String> byRule = new ArrayList<>();
        List<String> byModel = new ArrayList<>();
        List<ModelComparison.FileScores> rows = new ArrayList<>();
        for (TrainingFile held : files) {
            List<Labelled> passages = read(held);
            if (passages.isEmpty()) {
                continue;
            }
            List<TrainingFile> rest = files.stream().filter(f -> f != held).toList();
            // the model as trained, not read back from its bytes: the same model, without the zip round trip
            SectorModel model = new SectorModel(model(rest));
            List<String> g = new ArrayList<>();
            List<String> r = new ArrayList<>();
            List<String> m = new ArrayList<>();
            for (Labelled l : passages) {
                String[] headingAndText = SectorFeatures.headingAndText(l.tokens());
                g.add(l.sector());
                r.add(rule.of(headingAndText[0], headingAndText[1]).id());
                m.add(model.categorize(SectorFeatures.features(l.tokens())));
            }
            gold.addAll(g);
            byRule.addAll(r);
            byModel.addAll(m);
            rows.add(new ModelComparison.FileScores(held.name(), scores(g, r), scores(g, m)));
        }
        Map<String, Double> ruleScores = scores(gold, byRule);
        Map<String, Double> modelScores = scores(gold, byModel);
        return new ModelComparison(name(), "keyword lists (words/sector-words.txt)", List.of(PASSAGES, ACCURACY, MACRO_F1),
                ruleScores, modelScores, rows, decision(ruleScores, modelScores));
    }

    /** Which one gives passages their sector, by macro-F1 (a rare sector counts as much as a common one). */
    static String decision(Map<String, Double> rule, Map<String, Double> model) {
        double r = rule.getOrDefault(MACRO_F1, 0.0);
        double m = model.getOrDefault(MACRO_F1, 0.0);
        String figures = String.format(Locale.ROOT, "macro-F1 %.3f vs rule %.3f, accuracy %.3f vs %.3f",
                m, r, model.getOrDefault(ACCURACY, 0.0), rule.getOrDefault(ACCURACY, 0.0));
        String uses = SectorClassifier.MODEL_WON ? "baocao uses the model" : "baocao uses the rule";
        return (m > r ? "model used: " : "rule kept: ") + figures + " (" + uses + ")";
    }

    /**
     * Passages, accuracy, and macro-F1: the mean of the F1 of each sector the gold has (a sector only ever
     * predicted, never in the gold, is not averaged; its wrong answers lower the recall of the others).
     */
    static Map<String, Double> scores(List<String> gold, List<String> predicted) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(PASSAGES, (double) gold.size());
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        out.put(ACCURACY, gold.isEmpty() ? 0.0 : (double) right / gold.size());
        Set<String> present = new LinkedHashSet<>(gold);
        double sum = 0;
        for (String s : present) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(s);
                boolean p = predicted.get(i).equals(s);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        out.put(MACRO_F1, present.isEmpty() ? 0.0 : sum / present.size());
        return out;
    }
}
