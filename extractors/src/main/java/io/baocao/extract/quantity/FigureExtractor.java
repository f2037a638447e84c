package io.baocao.extract.quantity;

import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.Extractor;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money, measures and counts of a named thing, with the indicator they measure. */
public final class FigureExtractor implements Extractor {
    /**
     * {@code (tính) đến (hết) ngày …}, or {@code đến} straight before a date ({@code đến 31/3/2005}, {@code đến 20
     * tháng 3 năm 2005}); the date itself is read by {@link VietnameseDate}, so {@code đến 20 tháng} of a duration,
     * with no month and year after it, gives none.
     */
    private static final Pattern AS_OF = Pattern.compile(
            "(?iu)(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày|(?=\\d{1,2}\\s*(?:/|tháng)))");
    /** A day and month with no year after {@code ngày} ({@code tính đến ngày 15/3}): of the report's year. */
    /** {@code đến 20 tháng 3 năm 2005}: the long form without {@code ngày}, which VietnameseDate asks for. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?u)^\\s*(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?u)^\\s*(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![/\\d])");

    @Override
    public List<FigureRecord> extract(AnnotatedPassage annotated) {
        Passage passage = annotated.passage();
        String text = passage.text();
        List<FigureRecord> out = new ArrayList<>();
        for (QuantityReading.Read read : QuantityReading.in(annotated)) {
            QuantityMention q = read.mention();
            if (q.isPercent()) {
                continue;
            }
            FigureRecord f = new FigureRecord().from(passage);
            f.page = passage.clausePageAt(q.numberStart);
            f.raw = q.raw;
            f.value = q.value;
            f.unit = q.unit;
            f.target = q.target;
            f.previous = q.previous;
            f.low = q.low;
            f.high = q.high;
            f.comparator = q.comparator;
            f.approx = q.approx;
            f.change = q.change;
            f.metric = read.metric();
            f.asOf = asOf(text, q.numberStart, passage.context() == null ? null : passage.context().year()).orElse(null);
            out.add(f);
        }
        return out;
    }

    /** The date of an {@code đến ngày …} in the clause before the number. */
    static Optional<String> asOf(String text, int pos, Integer reportYear) {
        if (EarlierPeriod.inParenthesisBefore(text, pos)) {
            return Optional.empty(); // (cả năm 2004 là 443 vụ): of another period than the date before
        }
        int from = Math.max(0, pos - 160);
        String before = text.substring(from, pos);
        int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';'));
        if (sentence >= 0) {
            before = before.substring(sentence + 1);
            from = from + sentence + 1;
        }
        Matcher m = AS_OF.matcher(before);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last < 0) {
            return Optional.empty();
        }
        Optional<String> dated = VietnameseDate.findNear(text, from + last, 20).map(VietnameseDate.Found::iso);
        if (dated.isPresent()) {
            return dated;
        }
        Matcher spelled = DAY_MONTH_YEAR.matcher(before.substring(lastEnd));
        if (spelled.find()) {
            return date(Integer.parseInt(spelled.group(3)), spelled.group(2), spelled.group(1));
        }
        if (reportYear == null) {
            return Optional.empty();
        }
        Matcher dm = DAY_MONTH.matcher(before.substring(lastEnd));
        if (dm.find() && before.substring(last, lastEnd).toLowerCase(java.util.Locale.ROOT).endsWith("ngày")) {
            return date(reportYear, dm.group(2), dm.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> date(int year, String month, String day) {
        try {
            return Optional.of(java.time.LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
