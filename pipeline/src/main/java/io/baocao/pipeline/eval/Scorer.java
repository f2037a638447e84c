package io.baocao.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs output and gold records of one document by the contract's matching rules (each gold record at
 * most once, a record on the gold's own page preferred), and counts per type what matched, what was
 * missed and what was spurious, and per field how often a matched pair got it right.
 */
public final class Scorer {
    /** The record types scored, in the contract's order. */
    public static final List<String> TYPES = RecordType.ids();

    /** True and false positives and false negatives of one record type. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }
    }

    /** How many matched pairs a gold field was judged on, and how many got it right. */
    public static final class FieldCounts {
        public int judged;
        public int correct;

        public double accuracy() {
            return judged == 0 ? 1 : (double) correct / judged;
        }
    }

    /** A gold record no output matched, or an output record no gold matched. */
    public record Miss(String what, String file, String type, Integer page, String text, JsonNode record) {
    }

    /** A matched pair that got a field wrong: what gold says and what the output says. */
    public record FieldError(String file, String type, String field, Integer page, JsonNode gold, JsonNode output) {
    }

    /** The score of one file, or of several added together. */
    public static final class Result {
        public final Map<String, Counts> types = new LinkedHashMap<>();
        public final Map<String, Map<String, FieldCounts>> fields = new LinkedHashMap<>();
        public final List<Miss> misses = new ArrayList<>();
        public final List<FieldError> fieldErrors = new ArrayList<>();

        public Result() {
            for (String t : TYPES) {
                types.put(t, new Counts());
                fields.put(t, new TreeMap<>());
            }
        }

        public void add(Result o) {
            for (String t : TYPES) {
                types.get(t).add(o.types.get(t));
                for (var e : o.fields.get(t).entrySet()) {
                    FieldCounts f = fields.get(t).computeIfAbsent(e.getKey(), k -> new FieldCounts());
                    f.judged += e.getValue().judged;
                    f.correct += e.getValue().correct;
                }
            }
            misses.addAll(o.misses);
            fieldErrors.addAll(o.fieldErrors);
        }

        public double fieldAccuracy(String type, String field) {
            FieldCounts f = fields.get(type).get(field);
            return f == null ? Double.NaN : f.accuracy();
        }
    }

    public Result score(String file, List<JsonNode> gold, List<JsonNode> output) {
        Result r = new Result();
        for (String type : TYPES) {
            List<JsonNode> g = ofType(gold, type);
            List<JsonNode> o = ofType(output, type);
            boolean[] used = new boolean[o.size()];
            JsonNode[] pairOf = new JsonNode[g.size()];
            // Gold records carry no position: among outputs of equal value on one page (six "2/2 gói" of
            // different hospitals), the one that agrees with the gold's stated fields is the record it
            // describes, so candidates are taken by page distance (same page first), then by agreement.
            List<int[]> candidates = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                for (int j = 0; j < o.size(); j++) {
                    if (Matching.matches(type, g.get(i), o.get(j))) {
                        candidates.add(new int[] {pageDistance(g.get(i), o.get(j)), -agreement(g.get(i), o.get(j)), i, j});
                    }
                }
            }
            candidates.sort(java.util.Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1])
                    .thenComparingInt(c -> c[2]).thenComparingInt(c -> c[3]));
            for (int[] c : candidates) {
                if (pairOf[c[2]] == null && !used[c[3]]) {
                    used[c[3]] = true;
                    pairOf[c[2]] = o.get(c[3]);
                }
            }
            Counts c = r.types.get(type);
            for (int i = 0; i < g.size(); i++) {
                if (pairOf[i] == null) {
                    c.fn++;
                    r.misses.add(new Miss("missed", file, type, page(g.get(i)), Matching.text(g.get(i), "text"), g.get(i)));
                    continue;
                }
                c.tp++;
                for (Iterator<String> it = g.get(i).fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    Boolean ok = Matching.fieldCorrect(f, g.get(i), pairOf[i]);
                    if (ok != null) {
                        FieldCounts fc = r.fields.get(type).computeIfAbsent(f, k -> new FieldCounts());
                        fc.judged++;
                        if (ok) {
                            fc.correct++;
                        } else {
                            r.fieldErrors.add(new FieldError(file, type, f, page(g.get(i)), g.get(i), pairOf[i]));
                        }
                    }
                }
            }
            for (int j = 0; j < o.size(); j++) {
                if (!used[j]) {
                    c.fp++;
                    r.misses.add(new Miss("spurious", file, type, page(o.get(j)), Matching.text(o.get(j), "text"), o.get(j)));
                }
            }
        }
        return r;
    }

    /** How many of the gold's further fields the output gets right. */
    private static int agreement(JsonNode gold, JsonNode out) {
        int n = 0;
        for (Iterator<String> it = gold.fieldNames(); it.hasNext(); ) {
            if (Boolean.TRUE.equals(Matching.fieldCorrect(it.next(), gold, out))) {
                n++;
            }
        }
        return n;
    }

    private static List<JsonNode> ofType(List<JsonNode> records, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : records) {
            if (type.equals(Matching.text(n, "type"))) {
                out.add(n);
            }
        }
        return out;
    }

    private static Integer page(JsonNode n) {
        JsonNode p = n.get("page");
        return p == null || p.isNull() ? null : p.asInt();
    }

    private static int pageDistance(JsonNode g, JsonNode o) {
        Integer a = page(g);
        Integer b = page(o);
        if (a == null || b == null) {
            return 0;
        }
        return Math.abs(a - b);
    }
}
