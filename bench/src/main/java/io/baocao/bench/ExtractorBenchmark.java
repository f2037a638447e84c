package io.baocao.bench;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.Record;
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
 * The passage extractors ({@link Extractors#standard()}: figures, percentages, references, statuses) over the
 * real passages of the corpus, one passage per operation in corpus order: the score is passages/s; the
 * {@code records} counter is records/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Thread)
public class ExtractorBenchmark {
    private List<Passage> passages;
    private Extraction extraction;
    private int next;

    /** Records found, reported by JMH as a rate beside the passages. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Found {
        public long records;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        passages = CorpusPassages.passages(CorpusPassages.corpusDir());
        extraction = new Extraction();
        System.out.println("\n" + passages.size() + " passages from " + CorpusPassages.corpusDir());
    }

    @Benchmark
    public List<Record> extract(Found found) {
        Passage p = passages.get(next);
        next = next + 1 == passages.size() ? 0 : next + 1;
        List<Record> r = extraction.passage(p);
        found.records += r.size();
        return r;
    }
}
