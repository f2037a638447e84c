package io.baocao.extract.names;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's own features, beside OpenNLP's default ones: whether a token begins or continues a
 * name in the administrative-units dictionary ({@code adm=B}, {@code adm=I}, with the unit's rank), is a
 * place level word ({@code lvl}), or begins or continues an agency head ({@code head=B}, {@code head=I}).
 * Features, not answers: the model weighs them against the words around. Named in the model's feature
 * descriptor, so a model loaded from the jar builds the same generator.
 */
public final class NameFeatures implements AdaptiveFeatureGenerator {
    private final AdminUnits units;
    private final AgencyPlaceRule rule;
    /** The last sentence seen and its features (a generator serves one finder, one thread, at a time). */
    private String[] sentence;
    private List<List<String>> perToken;

    public NameFeatures(AdminUnits units) {
        this.units = units;
        this.rule = new AgencyPlaceRule(units);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            perToken = annotate(tokens);
        }
        features.addAll(perToken.get(index));
    }

    /** Every token's features at once: the dictionary and head matches are found once per sentence. */
    private List<List<String>> annotate(String[] tokens) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            out.add(new ArrayList<>(3));
        }
        for (opennlp.tools.util.Span r : rule.find(tokens)) {
            for (int i = r.getStart(); i < r.getEnd(); i++) {
                out.get(i).add("rule=" + r.getType() + (i == r.getStart() ? "-B" : "-I"));
            }
            if (r.getEnd() < tokens.length) {
                out.get(r.getEnd()).add("rule=after-" + r.getType());
            }
        }
        for (int s = 0; s < tokens.length; s++) {
            int n = units.nameAt(tokens, s);
            if (n > 0) {
                boolean province = units.provinceAt(tokens, s) == n;
                for (int i = s; i < s + n; i++) {
                    if (out.get(i).stream().noneMatch(f -> f.startsWith("adm="))) {
                        out.get(i).add(i == s ? "adm=B" : "adm=I");
                        if (province) {
                            out.get(i).add("adm=province");
                        }
                    }
                }
            }
            if (AgencyPlaceRule.match(tokens, s, AgencyPlaceRule.LEVELS) > 0) {
                out.get(s).add("lvl");
            }
            int h = AgencyPlaceRule.headAt(tokens, s);
            for (int i = s; i < s + h; i++) {
                if (out.get(i).stream().noneMatch(f -> f.startsWith("head="))) {
                    out.get(i).add(i == s ? "head=B" : "head=I");
                }
            }
        }
        return out;
    }

    /** Builds the generator from the model's feature descriptor ({@code <generator class="...Factory"/>}). */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        public Factory() {
            super();
        }

        @Override
        public AdaptiveFeatureGenerator create() {
            return new NameFeatures(AdminUnits.shipped());
        }
    }
}
