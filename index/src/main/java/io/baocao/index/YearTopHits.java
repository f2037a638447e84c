package io.baocao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The best {@code depth} hits of each year (by the {@link IndexFields#YEAR} doc value; the hits of no known
 * year as one more group), in one pass over the hits: what a top-{@code depth} search filtered to each year
 * would return, score first, then document order, as {@link org.apache.lucene.search.TopScoreDocCollector}
 * ranks. Only the ids and scores are kept; nothing stored is read.
 */
final class YearTopHits extends SimpleCollector {
    private final int depth;
    private final Integer onlyYear;
    /** How many groups (years, and no known year) the index can give hits of: see {@link #prune}. */
    private final int groups;
    private float minCompetitive;
    /** The years seen so far and the queue of each (a few dozen years at most: a linear scan). */
    private final List<Long> years = new ArrayList<>();
    private final List<HitQueue> queues = new ArrayList<>();
    private HitQueue unknownYear;
    private boolean found;
    private NumericDocValues yearValues;
    private int docBase;
    private Scorable scorer;
    /** The queue of the year of the last hit: hits of one file come together, and share their year. */
    private long lastYear = Long.MIN_VALUE;
    private HitQueue lastQueue;

    /**
     * {@code groups}: how many years (counting no known year as one) the passages and records of the index
     * have; with {@code onlyYear}, 1.
     */
    YearTopHits(int depth, Integer onlyYear, int groups) {
        this.depth = depth;
        this.onlyYear = onlyYear;
        this.groups = groups;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        yearValues = DocValues.getNumeric(context.reader(), IndexFields.YEAR);
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (minCompetitive > 0) {
            scorer.setMinCompetitiveScore(minCompetitive);
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        found = true;
        HitQueue queue;
        if (yearValues.advanceExact(doc)) {
            long year = yearValues.longValue();
            if (onlyYear != null && year != onlyYear) {
                return;
            }
            queue = year == lastYear ? lastQueue : queueOf(year);
        } else {
            if (onlyYear != null) {
                return;
            }
            if (unknownYear == null) {
                unknownYear = new HitQueue(depth, false);
            }
            queue = unknownYear;
        }
        float score = scorer.score();
        if (queue.size() < depth) {
            queue.add(new ScoreDoc(docBase + doc, score));
            if (queue.size() == depth) {
                prune();
            }
        } else if (score > queue.top().score) {
            // documents come in increasing order: one of equal score ranks after those already kept
            ScoreDoc top = queue.top();
            top.doc = docBase + doc;
            top.score = score;
            queue.updateTop();
            prune();
        }
    }

    /**
     * Once the queue of every group the index has is full, a hit scoring below the lowest of their last
     * places can enter none of them: the scorer may skip it (as a top-n search skips what cannot enter its
     * one queue). While a group is not full, or not seen yet, every hit is needed.
     */
    private void prune() throws IOException {
        if (onlyYear == null && queues.size() + (unknownYear == null ? 0 : 1) < groups) {
            return;
        }
        float min = Float.MAX_VALUE;
        for (HitQueue q : queues) {
            if (q.size() < depth) {
                return;
            }
            min = Math.min(min, q.top().score);
        }
        if (unknownYear != null) {
            if (unknownYear.size() < depth) {
                return;
            }
            min = Math.min(min, unknownYear.top().score);
        }
        if (min > minCompetitive) {
            minCompetitive = min;
            scorer.setMinCompetitiveScore(min);
        }
    }

    private HitQueue queueOf(long year) {
        int i = years.indexOf(year);
        if (i < 0) {
            years.add(year);
            queues.add(new HitQueue(depth, false));
            i = years.size() - 1;
        }
        lastYear = year;
        lastQueue = queues.get(i);
        return lastQueue;
    }

    /**
     * The mode a top-n search asks for, so the query's scorers (and so the sums of the scores of its clauses,
     * down to the last bit) are the same as one search a year would use; no minimum score is ever set, so
     * every hit is collected.
     */
    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    /** True when the query had any hit at all (of any year, even when only one year is ranked). */
    boolean found() {
        return found;
    }

    /** The hits kept, years newest first and the hits of no known year last, each best first. */
    List<ScoreDoc[]> bestByYear() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(years.get(b), years.get(a)));
        List<ScoreDoc[]> out = new ArrayList<>();
        for (int i : order) {
            out.add(drain(queues.get(i)));
        }
        if (unknownYear != null) {
            out.add(drain(unknownYear));
        }
        return out;
    }

    private static ScoreDoc[] drain(HitQueue queue) {
        ScoreDoc[] best = new ScoreDoc[queue.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            best[i] = queue.pop();
        }
        return best;
    }
}
