package io.baocao.extract.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese number grammar: {@code .} groups thousands, {@code ,} is the decimal mark
 * ({@code 28.527,46}, {@code 2,136} = 2.136, {@code 1.046.000.000}). A lone dot followed by exactly
 * three digits groups thousands ({@code 3.321} = 3321); a dot followed by one, two or four and more
 * digits is a decimal point written the English way ({@code 63.33}). Leading zeros of administrative
 * counts ({@code 07}) are dropped.
 */
public final class VietnameseNumber {
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DOT_GROUPED_COMMA_DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d+");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("\\d+\\.(\\d{1,2}|\\d{4,})");
    private static final Pattern COMMA_GROUPED_DOT_DECIMAL = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");

    /** A number as written: digits, with dots and commas between groups of digits. */
    private static final Pattern WRITTEN = Pattern.compile("(?<![\\d])\\d+(?:[.,]\\d+)*");

    private VietnameseNumber() {
    }

    /** Where numbers are written in the text, in order: each a token {@link #parse} may read. */
    public static List<Span> findAll(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /** Parses one number token; empty when the token is not a number of this grammar (a list, an id). */
    public static Optional<BigDecimal> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        if (t.isEmpty() || t.length() > 40) {
            return Optional.empty();
        }
        // the sign format writes (a minus, or the typographic U+2212 some reports use)
        boolean negative = t.charAt(0) == '-' || t.charAt(0) == '\u2212';
        if (negative) {
            t = t.substring(1);
        }
        String normalized;
        if (PLAIN.matcher(t).matches()) {
            normalized = t;
        } else if (DOT_GROUPED_COMMA_DECIMAL.matcher(t).matches()) {
            normalized = t.replace(".", "").replace(',', '.');
        } else if (DOT_GROUPED.matcher(t).matches()) {
            normalized = t.replace(".", "");
        } else if (COMMA_DECIMAL.matcher(t).matches()) {
            normalized = t.replace(',', '.');
        } else if (ENGLISH_DECIMAL.matcher(t).matches()) {
            normalized = t;
        } else if (COMMA_GROUPED_DOT_DECIMAL.matcher(t).matches()) {
            normalized = t.replace(",", "");
        } else {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(normalized).stripTrailingZeros();
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Double> parseDouble(String token) {
        return parse(token).map(BigDecimal::doubleValue);
    }

    /** Writes a number the way a Vietnamese report does: {@code 28527.46} → {@code 28.527,46}. */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        boolean negative = v.signum() < 0;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            grouped.append(',').append(fraction);
        }
        return (negative ? "-" : "") + grouped;
    }
}
