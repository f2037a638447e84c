package io.baocao.extract.nlp;

import java.util.List;
import java.util.Map;

/**
 * A model scored against the rule it competes with, leave one file out: for each training file, the model
 * is trained on all the others and both the model and the rule are scored on that file; {@code rule} and
 * {@code model} hold the measures summed over every held-out file (micro-averaged), {@code files} each
 * file's own. {@code decision} says which one baocao uses, and why.
 */
public record ModelComparison(String model, String ruleName, List<String> measures, Map<String, Double> rule,
                              Map<String, Double> modelScores, List<FileScores> files, String decision) {

    /** One held-out file's measures, for the rule and for the model trained without it. */
    public record FileScores(String file, Map<String, Double> rule, Map<String, Double> model) {
    }
}
