package io.baocao.pipeline.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.model.RecordType;
import java.util.Locale;
import java.util.Map;

/** The evaluation as a person reads it (tables per file and overall) or as JSON. */
public final class EvalReport {
    private EvalReport() {
    }

    public static String text(Evaluation.Report report, boolean misses) {
        return text(report, misses, false);
    }

    public static String text(Evaluation.Report report, boolean misses, boolean fieldErrors) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Scorer.Result> e : report.files().entrySet()) {
            section(sb, e.getKey(), e.getValue());
        }
        section(sb, "overall (" + report.files().size() + " files)", report.overall());
        for (Map.Entry<String, String> u : report.unreadable().entrySet()) {
            sb.append("\nnot read: ").append(u.getKey()).append(": ").append(u.getValue()).append('\n');
        }
        if (!report.withoutGold().isEmpty()) {
            sb.append("\nno gold for: ").append(String.join(", ", report.withoutGold())).append('\n');
        }
        if (misses) {
            sb.append("\n=== misses ===\n");
            for (Scorer.Miss m : report.overall().misses) {
                sb.append(String.format(Locale.ROOT, "%-8s %-10s %s p.%s  %s%n    %s%n", m.what(), m.type(), m.file(),
                        m.page() == null ? "-" : m.page(), summary(m), clip(m.text(), 220)));
            }
        }
        if (fieldErrors) {
            sb.append("\n=== field errors on matched pairs ===\n");
            for (Scorer.FieldError e : report.overall().fieldErrors) {
                sb.append(String.format(Locale.ROOT, "%-10s %-12s %s p.%s%s  gold=%s  output=%s%n    %s%n", e.type(), e.field(),
                        e.file(), e.page() == null ? "-" : e.page(),
                        e.gold().hasNonNull("raw") ? "  raw=" + e.gold().get("raw").asText() : "", e.gold().get(e.field()),
                        e.field().equals("metric_key") ? e.output().get("metric") : e.output().get(e.field()),
                        clip(Matching.text(e.gold(), "text"), 200)));
            }
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Scorer.Result r) {
        sb.append("\n=== ").append(title).append(" ===\n");
        sb.append(String.format(Locale.ROOT, "%-11s %6s %6s %6s %9s %7s %7s%n", "type", "gold", "output", "match",
                "precision", "recall", "F1"));
        for (String t : Scorer.TYPES) {
            Scorer.Counts c = r.types.get(t);
            sb.append(String.format(Locale.ROOT, "%-11s %6d %6d %6d %9.3f %7.3f %7.3f%n", t, c.tp + c.fn, c.tp + c.fp, c.tp,
                    c.precision(), c.recall(), c.f1()));
        }
        sb.append("field accuracy on matched pairs:\n");
        for (String t : Scorer.TYPES) {
            for (Map.Entry<String, Scorer.FieldCounts> f : r.fields.get(t).entrySet()) {
                Scorer.FieldCounts fc = f.getValue();
                sb.append(String.format(Locale.ROOT, "  %-24s %5d/%-5d %6.3f%n", t + "." + f.getKey(), fc.correct, fc.judged,
                        fc.accuracy()));
            }
        }
    }

    private static String summary(Scorer.Miss m) {
        var n = m.record();
        return switch (RecordType.of(m.type())) {
            case FIGURE -> Matching.text(n, "raw") + " = " + Matching.text(n, "value") + " " + Matching.text(n, "unit");
            case PERCENTAGE -> Matching.text(n, "raw") + " " + Matching.text(n, "role");
            case REFERENCE -> Matching.text(n, "kind") + " " + Matching.text(n, "number") + " "
                    + clip(Matching.text(n, "subject"), 60);
            case STATUS -> Matching.text(n, "status") + " [" + Matching.text(n, "raw") + "] key="
                    + Matching.text(n, "key");
            case DOCUMENT -> Matching.text(n, "kind") + " " + Matching.text(n, "number");
        };
    }

    public static ObjectNode json(Evaluation.Report report, boolean misses) {
        ObjectNode root = RecordJson.MAPPER.createObjectNode();
        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, Scorer.Result> e : report.files().entrySet()) {
            files.set(e.getKey(), json(e.getValue()));
        }
        root.set("overall", json(report.overall()));
        if (!report.unreadable().isEmpty()) {
            ObjectNode u = root.putObject("unreadable");
            report.unreadable().forEach(u::put);
        }
        if (misses) {
            ArrayNode a = root.putArray("misses");
            for (Scorer.Miss m : report.overall().misses) {
                ObjectNode o = a.addObject();
                o.put("what", m.what());
                o.put("file", m.file());
                o.set("record", m.record());
            }
        }
        return root;
    }

    private static ObjectNode json(Scorer.Result r) {
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        for (String t : Scorer.TYPES) {
            Scorer.Counts c = r.types.get(t);
            ObjectNode n = o.putObject(t);
            n.put("gold", c.tp + c.fn);
            n.put("output", c.tp + c.fp);
            n.put("matched", c.tp);
            n.put("precision", round(c.precision()));
            n.put("recall", round(c.recall()));
            n.put("f1", round(c.f1()));
            ObjectNode fields = n.putObject("fields");
            for (Map.Entry<String, Scorer.FieldCounts> f : r.fields.get(t).entrySet()) {
                fields.put(f.getKey(), round(f.getValue().accuracy()));
            }
        }
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

    private static String clip(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
