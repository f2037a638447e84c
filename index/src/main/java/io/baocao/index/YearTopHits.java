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
    /** The years seen so far and the queue of each (a few dozen years at most: a linear scan, unboxed). */
    private long[] years = new long[32];
    private final List<HitQueue> queues = new ArrayList<>();
    /** How many of the queues (the no-known-year one included) hold {@code depth} hits. */
    private int fullQueues;
    /**
     * The full queue whose last place scored lowest when {@link #minCompetitive} was last worked out: only
     * a hit entering it can raise the lowest score that still enters some queue.
     */
    private HitQueue lowest;
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
                fullQueues++;
                prune(null);
            }
        } else if (score > queue.top().score || score == queue.top().score && docBase + doc < queue.top().doc) {
            // of equal scores the first document ranks first: within one search a later one never enters
            // (documents come in increasing order); of a second search over the same queues, one may
            ScoreDoc top = queue.top();
            top.doc = docBase + doc;
            top.score = score;
            queue.updateTop();
            prune(queue);
        }
    }

    /**
     * Once the queue of every group the index has is full, a hit scoring below the lowest of their last
     * places can enter none of them: the scorer may skip it (as a top-n search skips what cannot enter its
     * one queue). While a group is not full, or not seen yet, every hit is needed. {@code raised}: the full
     * queue whose last place just rose (null when a queue just filled); the lowest last place of all can
     * only have moved if it was that queue's, so the others are looked at only then.
     */
    private void prune(HitQueue raised) throws IOException {
        int seen = queues.size() + (unknownYear == null ? 0 : 1);
        if (fullQueues < seen || onlyYear == null && seen < groups) {
            return;
        }
        if (raised != null && raised != lowest && lowest != null) {
            return;
        }
        float min = Float.MAX_VALUE;
        for (HitQueue q : queues) {
            if (q.top().score < min) {
                min = q.top().score;
                lowest = q;
            }
        }
        if (unknownYear != null && unknownYear.top().score < min) {
            min = unknownYear.top().score;
            lowest = unknownYear;
        }
        if (min > minCompetitive) {
            minCompetitive = min;
            scorer.setMinCompetitiveScore(min);
        }
    }

    private HitQueue queueOf(long year) {
        int n = queues.size();
        int i = 0;
        while (i < n && years[i] != year) {
            i++;
        }
        if (i == n) {
            if (n == years.length) {
                years = java.util.Arrays.copyOf(years, 2 * n);
            }
            years[n] = year;
            queues.add(new HitQueue(depth, false));
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

    /**
     * The lowest score of the last places of every year's ranking when all of them are full (a hit scoring
     * below it enters none), else negative infinity.
     */
    float lowestLastPlace() {
        int seen = queues.size() + (unknownYear == null ? 0 : 1);
        if (seen == 0 || fullQueues < seen || onlyYear == null && seen < groups) {
            return Float.NEGATIVE_INFINITY;
        }
        float min = Float.MAX_VALUE;
        for (HitQueue q : queues) {
            min = Math.min(min, q.top().score);
        }
        if (unknownYear != null) {
            min = Math.min(min, unknownYear.top().score);
        }
        return min;
    }

    /** True when the query had any hit at all (of any year, even when only one year is ranked). */
    boolean found() {
        return found;
    }

    /** The hits kept, years newest first and the hits of no known year last, each best first. */
    List<ScoreDoc[]> bestByYear() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(years[b], years[a]));
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
