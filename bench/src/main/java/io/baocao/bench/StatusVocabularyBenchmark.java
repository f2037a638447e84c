package io.baocao.bench;

import io.baocao.extract.status.StatusVocabulary;
import io.baocao.extract.text.Passage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The status phrases ({@link StatusVocabulary#find}, every phrase of the word list over a passage) on the
 * real passages of the corpus, one passage per operation in corpus order: the score is passages/s, the
 * {@code phrases} counter phrases found per second. The profile of an ingest put 14 % of its CPU here when
 * the phrases were case-insensitive regular expressions.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Thread)
public class StatusVocabularyBenchmark {
    private List<Passage> passages;
    private int next;

    /** Phrases found, reported by JMH as a rate beside the passages. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Found {
        public long phrases;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        passages = CorpusPassages.passages(CorpusPassages.corpusDir());
    }

    @Benchmark
    public List<StatusVocabulary.Hit> find(Found found) {
        Passage p = passages.get(next);
        next = next + 1 == passages.size() ? 0 : next + 1;
        List<StatusVocabulary.Hit> hits = StatusVocabulary.find(p.text());
        found.phrases += hits.size();
        return hits;
    }
}
