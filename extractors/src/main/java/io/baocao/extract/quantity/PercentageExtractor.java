package io.baocao.extract.quantity;

import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.Extractor;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;

/** Numbers with % (or điểm %), with their role, basis and the indicator they belong to. */
public final class PercentageExtractor implements Extractor {

    @Override
    public List<PercentageRecord> extract(AnnotatedPassage annotated) {
        Passage passage = annotated.passage();
        String text = passage.text();
        List<PercentageRecord> out = new ArrayList<>();
        for (QuantityReading.Read read : QuantityReading.in(annotated)) {
            QuantityMention q = read.mention();
            if (!q.isPercent()) {
                continue;
            }
            PercentageRole.Role role = PercentageRole.of(text, q);
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
