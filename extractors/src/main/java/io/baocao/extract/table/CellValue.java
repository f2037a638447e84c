package io.baocao.extract.table;

import io.baocao.extract.grammar.VietnameseNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a numeric cell of an indicator table holds: a number ({@code 28.527,46}, {@code 95,24 %}), a range
 * ({@code 7,5-8,0}, the descending {@code 8,93-8,87}), a threshold ({@code >75}, {@code ≥ 90}), or a target
 * written in words ({@code ít nhất 84% học sinh …}).
 */
public record CellValue(Double value, Double low, Double high, String comparator, boolean percent, String raw) {
    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    private static final Pattern PLAIN = Pattern.compile("^(" + NUM + ")\\s*(%)?$");
    private static final Pattern RANGE = Pattern.compile("^(" + NUM + ")\\s*(%)?\\s*[-–]\\s*(" + NUM + ")\\s*(%)?$");
    private static final Pattern COMPARED = Pattern.compile("^(>=|<=|≥|≤|>|<)\\s*(" + NUM + ")\\s*(%)?$");
    private static final Pattern WORDED = Pattern.compile(
            "(?iu)^(ít nhất|tối thiểu|không dưới|trên|dưới|tối đa|không quá|khoảng)\\s+(" + NUM + ")\\s*(%)?");

    public static Optional<CellValue> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String c = cell.strip().replace('\u00A0', ' ');
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Matcher plain = PLAIN.matcher(c);
        if (plain.matches()) {
            boolean pct = plain.group(2) != null;
            return VietnameseNumber.parseDouble(plain.group(1)).map(v -> new CellValue(v, null, null, null, pct, c));
        }
        Matcher m;
        m = RANGE.matcher(c);
        if (m.matches()) {
            Optional<Double> a = VietnameseNumber.parseDouble(m.group(1));
            Optional<Double> b = VietnameseNumber.parseDouble(m.group(3));
            if (a.isPresent() && b.isPresent()) {
                boolean pct = m.group(2) != null || m.group(4) != null;
                return Optional.of(new CellValue(null, Math.min(a.get(), b.get()), Math.max(a.get(), b.get()), null, pct, c));
            }
        }
        m = COMPARED.matcher(c);
        if (m.matches()) {
            String op = switch (m.group(1)) {
                case "≥" -> ">=";
                case "≤" -> "<=";
                default -> m.group(1);
            };
            Matcher mm = m;
            return VietnameseNumber.parseDouble(m.group(2)).map(v -> new CellValue(v, null, null, op, mm.group(3) != null, c));
        }
        m = WORDED.matcher(c);
        if (m.find()) {
            String op = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "ít nhất", "tối thiểu", "không dưới" -> ">=";
                case "trên" -> ">";
                case "dưới" -> "<";
                case "tối đa", "không quá" -> "<=";
                default -> null;
            };
            Matcher mm = m;
            return VietnameseNumber.parseDouble(m.group(2)).map(v -> new CellValue(v, null, null, op, mm.group(3) != null, c));
        }
        return Optional.empty();
    }
}
