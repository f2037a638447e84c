package io.baocao.extract.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the genre writes them: {@code ngày 08 tháng 12 năm 2023}, {@code ngày 08/12/2023},
 * {@code 08/12/2023}, {@code 8-12-2023}. Zero padding is optional and inconsistent in the source.
 */
public final class VietnameseDate {
    private static final String SP = "[\\s\\u00A0]+";
    /**
     * A day or month of one or two digits; OCR reads a 1 as l or I and a 0 as O next to a real digit ("tháng l1"
     * for tháng 11), which the words around it still mark as a date's.
     */
    private static final String OCR_DIGITS = "(\\d{1,2}|\\d[lIO]|[lI]\\d)";
    /** Verbal form; the day may be blank in a draft ("ngày    tháng 7 năm 2024"). */
    public static final Pattern VERBAL = Pattern.compile(
            "(?iu)ngày" + SP + OCR_DIGITS + SP + "tháng" + SP + OCR_DIGITS + SP + "năm" + SP + "(\\d{4})");
    public static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?![\\d/])");
    private static final Pattern NUMERIC_AFTER_NGAY = Pattern.compile(
            "(?iu)ngày" + SP + "(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?![\\d/])");

    /** A date found in text, with where it was written. */
    public record Found(LocalDate date, int start, int end) {
        public String iso() {
            return date.toString();
        }
    }

    private VietnameseDate() {
    }

    /**
     * Where dates are written in the text, in either form ({@link #VERBAL} matches first, then
     * {@link #NUMERIC}), valid or not: digits there are a date's, not a quantity's.
     */
    public static List<Span> written(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : new Pattern[] {VERBAL, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    /** The first date that starts within {@code [from, from + window)} of the text. */
    public static Optional<Found> findNear(String text, int from, int window) {
        if (from > text.length() || window <= 0) {
            return Optional.empty();
        }
        // long arithmetic: from + window must not overflow into a negative limit
        int limit = (int) Math.min(text.length(), (long) from + window);
        Optional<Found> best = Optional.empty();
        for (Pattern p : new Pattern[] {VERBAL, NUMERIC_AFTER_NGAY, NUMERIC}) {
            Matcher m = p.matcher(text);
            m.region(Math.max(0, from), text.length());
            if (m.find() && m.start() < limit) {
                Optional<Found> f = toFound(p, m);
                if (f.isPresent() && (best.isEmpty() || f.get().start() < best.get().start())) {
                    best = f;
                }
            }
        }
        return best;
    }

    /** The whole string as one date, if it is one. */
    public static Optional<LocalDate> parse(String text) {
        return findNear(text, 0, text.length()).map(Found::date);
    }

    private static Optional<Found> toFound(Pattern p, Matcher m) {
        try {
            int d;
            int mo;
            int y;
            if (p == VERBAL) {
                d = Integer.parseInt(ocrDigits(m.group(1)));
                mo = Integer.parseInt(ocrDigits(m.group(2)));
                y = Integer.parseInt(m.group(3));
            } else {
                d = Integer.parseInt(m.group(1));
                mo = Integer.parseInt(m.group(3));
                y = Integer.parseInt(m.group(4));
            }
            if (y < 1900 || y > 2100) {
                return Optional.empty();
            }
            return Optional.of(new Found(LocalDate.of(y, mo, d), m.start(), m.end()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String ocrDigits(String digits) {
        return digits.replace('l', '1').replace('I', '1').replace('L', '1').replace('i', '1').replace('O', '0').replace('o', '0');
    }

    /** Writes a date the long way a report does: {@code ngày 8 tháng 12 năm 2023}. */
    public static String formatVerbal(LocalDate d) {
        return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    public static String formatNumeric(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
