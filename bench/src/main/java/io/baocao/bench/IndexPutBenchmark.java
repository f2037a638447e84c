package io.baocao.bench;

import io.baocao.index.BaocaoIndex;
import io.baocao.index.IngestedFile;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The index's part of an ingest, per file, as {@code Ingester} does it: ask the index whether the path is
 * held unchanged and whether the content is held, then put the file (its passages and records), committing
 * every 50 files. The files are the pages of the corpus's reports, one page a file (as most files of the
 * generated corpus of {@code Throughput} are), read once, each put again under a new path and hash (a new
 * content every time, as in a first ingest of a folder); the index on disk grows through the run. The score
 * is files/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Thread)
public class IndexPutBenchmark {
    /** Each page of the corpus: its passages and records. */
    private final List<IngestedFile> pages = new java.util.ArrayList<>();
    private Path dir;
    private BaocaoIndex index;
    private long n;

    @Setup(Level.Trial)
    public void open() throws IOException {
        for (Pipeline.Result r : CorpusPassages.results(CorpusPassages.corpusDir())) {
            for (int page = 1; page <= r.pages(); page++) {
                final int k = page;
                pages.add(new IngestedFile("", "", r.docId(), 1,
                        r.passages().stream().filter(x -> x.page() != null && x.page() == k).toList(),
                        r.records().stream().filter(x -> x.page != null && x.page == k).toList()));
            }
        }
        dir = Files.createTempDirectory("baocao-bench-index");
        index = BaocaoIndex.open(dir);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
        Throughput.deleteTree(dir);
    }

    @Benchmark
    public boolean ingestOne() throws IOException {
        IngestedFile page = pages.get((int) (n % pages.size()));
        String path = "/bench/" + n + ".pdf";
        String hash = String.format("%064x", n);
        n++;
        if (hash.equals(index.hashOf(path)) || index.containsHash(hash)) {
            return false;
        }
        index.put(new IngestedFile(path, hash, page.docId(), 1, page.passages(), page.records()));
        if (n % 50 == 0) {
            index.commit();
        }
        return true;
    }
}
