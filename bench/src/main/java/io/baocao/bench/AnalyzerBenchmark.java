package io.baocao.bench;

import io.baocao.extract.text.Passage;
import io.baocao.index.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The index's analysis chain ({@link VietnameseAnalyzer}: ICU normalisation, standard tokenizer, lower case,
 * tone marks, and for the folded field ASCII folding) over the real passages of the corpus, one passage per
 * operation: the score is passages/s, the {@code tokens} counter tokens/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Thread)
public class AnalyzerBenchmark {
    @Param({"exact", "folded"})
    public String chain;

    private List<Passage> passages;
    private Analyzer analyzer;
    private int next;

    /** Tokens produced, reported by JMH as a rate beside the passages. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Produced {
        public long tokens;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        passages = CorpusPassages.passages(CorpusPassages.corpusDir());
        analyzer = "folded".equals(chain) ? VietnameseAnalyzer.folded() : VietnameseAnalyzer.exact();
    }

    @TearDown(Level.Trial)
    public void close() {
        analyzer.close();
    }

    @Benchmark
    public void analyze(Produced produced, Blackhole bh) throws IOException {
        Passage p = passages.get(next);
        next = next + 1 == passages.size() ? 0 : next + 1;
        try (TokenStream ts = analyzer.tokenStream("text", p.text())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                bh.consume(term.length());
                produced.tokens++;
            }
            ts.end();
        }
    }
}
