package io.baocao.pipeline.nlp;

import io.baocao.extract.nlp.ModelComparison;
import java.util.Locale;
import java.util.Map;

/** {@code baocao eval --models} as text: per model, the rule and the model side by side, then per file. */
public final class ModelReport {
    private ModelReport() {
    }

    public static String text(ModelComparison c, boolean byFile) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(c.model()).append(" (leave one file out, ").append(c.files().size())
                .append(" files) ==\n");
        sb.append(String.format(Locale.ROOT, "%-28s", ""));
        for (String m : c.measures()) {
            sb.append(String.format(Locale.ROOT, "%12s", m));
        }
        sb.append('\n');
        row(sb, "rule: " + c.ruleName(), c, c.rule());
        row(sb, "model", c, c.modelScores());
        if (byFile) {
            for (ModelComparison.FileScores f : c.files()) {
                sb.append("  held out: ").append(f.file()).append('\n');
                row(sb, "    rule", c, f.rule());
                row(sb, "    model", c, f.model());
            }
        }
        sb.append("decision: ").append(c.decision()).append("\n\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, ModelComparison c, Map<String, Double> values) {
        sb.append(String.format(Locale.ROOT, "%-28s", label.length() > 27 ? label.substring(0, 27) : label));
        for (String m : c.measures()) {
            Double v = values.get(m);
            sb.append(v == null ? String.format(Locale.ROOT, "%12s", "-")
                    : v == Math.rint(v) && v > 1 ? String.format(Locale.ROOT, "%12.0f", v)
                    : String.format(Locale.ROOT, "%12.3f", v));
        }
        sb.append('\n');
    }
}
