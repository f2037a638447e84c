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
    private static final Pattern AS_OF = Pattern.compile("(?iu)(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?ngày");

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
            f.asOf = asOf(text, q.numberStart).orElse(null);
            out.add(f);
        }
        return out;
    }

    /** The date of an {@code đến ngày …} in the clause before the number. */
    static Optional<String> asOf(String text, int pos) {
        int from = Math.max(0, pos - 160);
        String before = text.substring(from, pos);
        int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';'));
        if (sentence >= 0) {
            before = before.substring(sentence + 1);
            from = from + sentence + 1;
        }
        Matcher m = AS_OF.matcher(before);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        if (last < 0) {
            return Optional.empty();
        }
        return VietnameseDate.findNear(text, from + last, 20).map(VietnameseDate.Found::iso);
    }
}
