package io.baocao.bench;

import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.batch.FileExtractor;
import io.baocao.pipeline.batch.InProcessExtractor;
import io.baocao.pipeline.batch.IndexSink;
import io.baocao.pipeline.batch.Ingester;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whole-corpus throughput, one mode and one thread count per JVM (so peak heap and RSS belong to that run
 * alone, and each run starts cold, as a command-line run does). A fixed pool of threads takes the files in
 * order; each thread has its own PDFBox stripper or its own {@link Pipeline}.
 *
 * <ul>
 *   <li>{@code pdfbox}: {@link PDFTextStripper#getText} of each file (one {@link PDDocument} per file) — the
 *       raw text extraction baocao's reader is built on;</li>
 *   <li>{@code extract}: {@link Pipeline#process} of each file (read, structure, extract; records kept in
 *       memory only as long as the file);</li>
 *   <li>{@code ingest}: what {@code baocao ingest --in-process --threads N} does ({@link Ingester} with N
 *       in-process extractors: hash of the bytes, the index lookups by path and hash, {@link Pipeline#process}
 *       on N threads reading ahead, the index written by the main thread in the files' order, a commit at most
 *       every second and at the end) into a fresh Lucene index on disk;</li>
 *   <li>{@code pdftotext}: poppler's {@code pdftotext FILE -} per file, the native reference.</li>
 * </ul>
 *
 * <pre>java -Xmx512m io.baocao.bench.Throughput MODE THREADS CORPUS_DIR [INDEX_DIR] [LABEL]</pre>
 *
 * Prints one line: {@code label mode threads files pages records seconds pages/s records/s cpu_s pages/cpu_s
 * worker_cpu_s other_cpu_s gc_pause_s failed heap_peak_mb heap_live_mb rss_mb index_mb jit_cpu_s gc_cpu_s}. {@code cpu_s} is
 * the CPU time of the whole JVM (and of pdftotext children); {@code worker_cpu_s} that of the pool threads
 * doing the work; the difference is the JIT compilers, the garbage collector and the VM, of which
 * {@code jit_cpu_s} is the compiler threads' and {@code gc_cpu_s} the collector's.
 */
public final class Throughput {
    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Throughput pdfbox|extract|ingest|pdftotext THREADS CORPUS_DIR [INDEX_DIR] [LABEL]");
            System.exit(2);
        }
        String mode = args[0];
        int threads = Integer.parseInt(args[1]);
        Path corpus = Path.of(args[2]);
        Path indexDir = args.length > 3 ? Path.of(args[3]) : null;
        String label = args.length > 4 ? args[4] : "baocao";
        Map<Path, Integer> manifest = manifest(corpus);
        List<Path> files = new ArrayList<>(manifest.keySet());
        GcWatch gc = GcWatch.start();

        AtomicLong pages = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long mainCpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        switch (mode) {
            case "pdfbox" -> {
                ThreadLocal<PDFTextStripper> strippers = ThreadLocal.withInitial(PDFTextStripper::new);
                parallel(files, threads, f -> {
                    try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                        strippers.get().getText(doc);
                        pages.addAndGet(doc.getNumberOfPages());
                    }
                }, failed);
            }
            case "extract" -> {
                ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(Pipeline::new);
                parallel(files, threads, f -> {
                    Pipeline.Result r = pipelines.get().process(f);
                    pages.addAndGet(r.pages());
                    records.addAndGet(r.records().size());
                }, failed);
            }
            case "ingest" -> {
                if (indexDir == null) {
                    throw new IllegalArgumentException("ingest needs INDEX_DIR");
                }
                deleteTree(indexDir);
                // what baocao ingest --in-process --threads N does: N pipelines read files ahead (ReadAhead),
                // the index is asked and written by this thread alone, in the files' order
                List<FileExtractor> extractors = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    InProcessExtractor reader = new InProcessExtractor(new Pipeline());
                    extractors.add(f -> {
                        try {
                            return reader.extract(f);
                        } finally {
                            WORKER_CPU.put(Thread.currentThread().getId(),
                                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                        }
                    });
                }
                try (IndexSink sink = IndexSink.open(indexDir)) {
                    new Ingester(extractors).run(files, sink, new Ingester.Progress() {
                        @Override
                        public void started(Path file) {
                        }

                        @Override
                        public void finished(Ingester.FileReport r) {
                            if (r.failed()) {
                                failed.incrementAndGet();
                                System.err.println("bench: " + r.path() + ": " + r.reason());
                            } else if (r.pages() != null) {
                                pages.addAndGet(r.pages());
                                records.addAndGet(r.records());
                            }
                        }
                    });
                }
                // the index's part: this thread's (with one extractor, the reading too)
                WORKER_CPU.put(Thread.currentThread().getId(),
                        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpu0);
            }
            case "pdftotext" -> parallel(files, threads, f -> {
                Process p = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", f.toString(), "-")
                        .redirectErrorStream(true).start();
                try (InputStream in = p.getInputStream()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                if (p.waitFor() != 0) {
                    throw new IOException("pdftotext exit " + p.exitValue());
                }
                pages.addAndGet(manifest.get(f));
            }, failed);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        double workerCpuSeconds = WORKER_CPU.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        long indexBytes = indexDir != null && "ingest".equals(mode) ? treeSize(indexDir) : 0;
        System.out.printf("%s %s %d files=%d pages=%d records=%d seconds=%.1f pages/s=%.1f records/s=%.1f"
                        + " cpu_s=%.1f pages/cpu_s=%.1f worker_cpu_s=%.1f other_cpu_s=%.1f gc_pause_s=%.1f failed=%d"
                        + " heap_peak_mb=%d heap_live_mb=%d rss_mb=%d index_mb=%.1f jit_cpu_s=%.1f gc_cpu_s=%.1f%n",
                label, mode, threads, files.size(), pages.get(), records.get(), seconds, pages.get() / seconds,
                records.get() / seconds, cpuSeconds, pages.get() / cpuSeconds,
                workerCpuSeconds, cpuSeconds - workerCpuSeconds, gcMillis / 1000.0, failed.get(), gc.peakInUseMb(), gc.peakLiveMb(), rssPeakMb(),
                indexBytes / 1048576.0, vmThreadCpuSeconds("C1 CompilerThre", "C2 CompilerThre"),
                vmThreadCpuSeconds("GC Thread", "G1 ", "ParGC Thread", "VM Thread"));
    }

    /**
     * CPU time of this JVM's own threads whose names start with one of the prefixes (the JIT compilers:
     * "C1/C2 CompilerThread"; the collector: "GC Thread#", "G1 Conc#", "G1 Refine#", …, and the "VM Thread",
     * where the serial collector runs), from
     * /proc/self/task/&#42;/stat (utime + stime, ticks of 1/100 s); 0 where /proc is not there. Threads that
     * exited before the end are not counted (the JVM keeps its compiler and GC threads on a small machine).
     */
    static double vmThreadCpuSeconds(String... prefixes) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    boolean wanted = false;
                    for (String p : prefixes) {
                        wanted |= comm.startsWith(p);
                    }
                    if (wanted) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / 100.0;
    }

    interface FileTask {
        void run(Path f) throws Exception;
    }

    /** Runs the task on every file with a fixed pool; a file that fails is counted and named on stderr. */
    /** CPU time of each pool thread, as of the end of its last file. */
    static final java.util.concurrent.ConcurrentHashMap<Long, Long> WORKER_CPU = new java.util.concurrent.ConcurrentHashMap<>();

    static void parallel(List<Path> files, int threads, FileTask task, AtomicLong failed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    try {
                        task.run(f);
                    } catch (Exception | OutOfMemoryError e) {
                        failed.incrementAndGet();
                        System.err.println("bench: " + f + ": " + e);
                    }
                    WORKER_CPU.put(Thread.currentThread().getId(),
                            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static Map<Path, Integer> manifest(Path corpus) throws IOException {
        Map<Path, Integer> out = new LinkedHashMap<>();
        Path m = corpus.resolve(CorpusGenerator.MANIFEST);
        if (!Files.exists(m)) {
            throw new IOException(m + ": no manifest; make the corpus with CorpusGenerator first");
        }
        for (String line : Files.readAllLines(m)) {
            String[] f = line.split("\t");
            out.put(corpus.resolve(f[0]), Integer.parseInt(f[1]));
        }
        return out;
    }

    static String sha256(Path f) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[65536];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU time of this JVM (every thread, JIT and GC included): on a shared machine the wall time depends on
     * what else runs, the CPU time much less. For pdftotext, the children's time is not in it.
     */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long own = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        return own + childrenCpuNanos();
    }

    /** CPU time of the waited-for children (pdftotext), from /proc/self/stat (cutime + cstime, in ticks of 1/100 s). */
    static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": field 3 is f[0], so cutime (16) and cstime (17) are f[13] and f[14]
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Peak resident set of this process (VmHWM), in MB; -1 where /proc is not there. */
    static long rssPeakMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The heap as the garbage collector saw it: the most in use just before a collection (or at the end),
     * and the most still live just after one (what the run really needs).
     */
    static final class GcWatch {
        private final AtomicLong peakInUse = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();

        static GcWatch start() {
            GcWatch w = new GcWatch();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((n, h) -> {
                        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            return;
                        }
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        w.peakInUse.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
                        w.peakLive.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
                    }, null, null);
                }
            }
            return w;
        }

        private static long sum(Map<String, MemoryUsage> pools) {
            long heap = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage u = pools.get(p.getName());
                if (p.getType() == MemoryType.HEAP && u != null) {
                    heap += u.getUsed();
                }
            }
            return heap;
        }

        long peakInUseMb() {
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return Math.max(peakInUse.get(), now) / 1048576;
        }

        long peakLiveMb() {
            return peakLive.get() / 1048576;
        }
    }
}
