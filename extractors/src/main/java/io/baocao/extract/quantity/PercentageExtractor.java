package io.baocao.extract.quantity;

import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.Extractor;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;

/** Numbers with % (or điểm %), with their role, basis and the indicator they belong to. */
public final class PercentageExtractor implements Extractor {
    /** A full stop before a capital letter (not one of an abbreviation such as Tp.). */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?<!\\b(?:Tp|TP|tp|Th\\.S|TS|PGS|ThS|St|Q|P))[.!?]\\s+\\p{Lu}");

    @Override
    public List<PercentageRecord> extract(AnnotatedPassage annotated) {
        Passage passage = annotated.passage();
        String text = passage.text();
        List<PercentageRecord> out = new ArrayList<>();
        PercentageRole.Role previous = null;
        int previousEnd = 0;
        for (QuantityReading.Read read : QuantityReading.in(annotated)) {
            QuantityMention q = read.mention();
            if (!q.isPercent()) {
                continue;
            }
            PercentageRole.Role role = PercentageRole.of(text, q);
            if (!role.cued() && previous != null && previousEnd <= q.numberStart
                    && !SENTENCE_END.matcher(text.substring(previousEnd, q.numberStart)).find()) {
                // nông nghiệp tăng 4,9%; lâm nghiệp 0,6%: a number listed without its verb plays the role of the one before
                role = previous;
            }
            previous = role;
            previousEnd = q.end;
            PercentageRecord p = new PercentageRecord().from(passage);
            p.page = passage.clausePageAt(q.numberStart);
            p.raw = q.raw;
            p.value = q.value;
            p.target = q.target;
            p.low = q.low;
            p.high = q.high;
            p.comparator = q.comparator;
            p.approx = q.approx;
            p.role = role.role();
            p.basis = role.basis();
            p.change = "growth".equals(role.role()) || q.change != null && "attainment".equals(role.role()) ? q.change : null;
            if ("growth".equals(p.role) && p.change == null) {
                p.change = "increase";
            }
            p.metric = read.metric();
            out.add(p);
        }
        return out;
    }
}
