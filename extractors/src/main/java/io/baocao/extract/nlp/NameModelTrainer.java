package io.baocao.extract.nlp;

import io.baocao.extract.names.AgencyPlaceRule;
import io.baocao.extract.names.NameFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The name finder for agencies and bodies ({@code agency}) and places ({@code place}): OpenNLP's maximum
 * entropy name finder on the tokens of {@link io.baocao.extract.names.NameTokens}, with OpenNLP's default
 * word and shape features and baocao's own ({@link NameFeatures}: the administrative-units dictionary, the
 * level words, the agency head words). Data: {@code train/names/*.ner}, one sentence per line, a file per
 * source document. Scored span-exact against {@link AgencyPlaceRule}, leave one file out.
 */
public final class NameModelTrainer implements ModelTrainer {
    static final int ITERATIONS = 30;
    static final int CUTOFF = 1;
    static final List<String> TYPES = List.of(AgencyPlaceRule.AGENCY, AgencyPlaceRule.PLACE);
    static final List<String> MEASURES = List.of("agency P", "agency R", "agency F1", "place P", "place R",
            "place F1", "all P", "all R", "all F1", "gold", "found");

    /** OpenNLP's default name-finder features less the adaptive previous-outcome map, plus baocao's own. */
    static final String FEATURES = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="io.baocao.extract.names.NameFeatures$Factory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">false</bool>
              </generator>
            </featureGenerators>
            """;

    private final AgencyPlaceRule rule;

    public NameModelTrainer() {
        this(new AgencyPlaceRule());
    }

    NameModelTrainer(AgencyPlaceRule rule) {
        this.rule = rule;
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public String dataFolder() {
        return "names";
    }

    @Override
    public String resource() {
        return "/io/baocao/extract/nlp/vi-names.bin";
    }

    @Override
    public byte[] train(List<TrainingFile> files) {
        return ModelBytes.of(model(samples(files)));
    }

    static TokenNameFinderModel model(List<NameSample> samples) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(
                    FEATURES.getBytes(StandardCharsets.UTF_8), Map.of(), new BioCodec());
            return NameFinderME.train("vi", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples of the files, in file order; each file begins a new document. */
    static List<NameSample> samples(List<TrainingFile> files) {
        List<NameSample> out = new ArrayList<>();
        for (TrainingFile f : files) {
            out.addAll(samples(f));
        }
        return out;
    }

    static List<NameSample> samples(TrainingFile f) {
        List<NameSample> out = new ArrayList<>();
        int n = 0;
        for (String line : f.lines()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(NameSample.parse(line, out.isEmpty()));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(f.name() + ":" + n + ": not a name sample (" + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    @Override
    public ModelComparison crossValidate(List<TrainingFile> files) {
        Counts ruleAll = new Counts();
        Counts modelAll = new Counts();
        List<ModelComparison.FileScores> rows = new ArrayList<>();
        for (TrainingFile held : files) {
            List<TrainingFile> rest = new ArrayList<>(files);
            rest.remove(held);
            NameFinderME finder = new NameFinderME(model(samples(rest)));
            Counts ruleFile = new Counts();
            Counts modelFile = new Counts();
            for (NameSample s : samples(held)) {
                ruleFile.add(s.getNames(), rule.find(s.getSentence()));
                modelFile.add(s.getNames(), finder.find(s.getSentence()));
            }
            ruleAll.addAll(ruleFile);
            modelAll.addAll(modelFile);
            rows.add(new ModelComparison.FileScores(held.name(), ruleFile.measures(), modelFile.measures()));
        }
        Map<String, Double> r = ruleAll.measures();
        Map<String, Double> m = modelAll.measures();
        return new ModelComparison(name(), "head words + dictionary", MEASURES, r, m, rows, decision(r, m));
    }

    static String decision(Map<String, Double> rule, Map<String, Double> model) {
        List<String> parts = new ArrayList<>();
        for (String type : TYPES) {
            double rf = rule.get(type + " F1");
            double mf = model.get(type + " F1");
            parts.add(mf > rf
                    ? String.format(Locale.ROOT, "%s: model preferred (F1 %.3f > rule %.3f; used for the issuer of header-less reports)", type, mf, rf)
                    : String.format(Locale.ROOT, "%s: rule kept (model F1 %.3f <= rule F1 %.3f)", type, mf, rf));
        }
        return String.join("; ", parts);
    }

    /** Span-exact counts per type: gold spans, found spans, found spans equal to a gold one (start, end, type). */
    static final class Counts {
        private final Map<String, int[]> byType = new HashMap<>();

        void add(Span[] gold, Span[] found) {
            Set<Span> g = new HashSet<>(List.of(gold));
            for (Span s : gold) {
                counts(s.getType())[0]++;
            }
            for (Span s : found) {
                int[] c = counts(s.getType());
                c[1]++;
                if (g.contains(s)) {
                    c[2]++;
                }
            }
        }

        void addAll(Counts other) {
            other.byType.forEach((t, c) -> {
                int[] mine = counts(t);
                for (int i = 0; i < 3; i++) {
                    mine[i] += c[i];
                }
            });
        }

        private int[] counts(String type) {
            return byType.computeIfAbsent(type, t -> new int[3]);
        }

        Map<String, Double> measures() {
            Map<String, Double> out = new LinkedHashMap<>();
            int[] all = new int[3];
            for (String type : TYPES) {
                int[] c = byType.getOrDefault(type, new int[3]);
                put(out, type, c);
                for (int i = 0; i < 3; i++) {
                    all[i] += c[i];
                }
            }
            put(out, "all", all);
            out.put("gold", (double) all[0]);
            out.put("found", (double) all[1]);
            return out;
        }

        private static void put(Map<String, Double> out, String prefix, int[] c) {
            double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
            out.put(prefix + " P", p);
            out.put(prefix + " R", r);
            out.put(prefix + " F1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
