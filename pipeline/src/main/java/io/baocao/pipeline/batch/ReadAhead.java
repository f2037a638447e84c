package io.baocao.pipeline.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch with several extractors: files are read by all of them at once, up to two per extractor
 * ahead of the file the batch is at, while the sink is asked and written by the calling thread alone, in
 * the files' order. A file is read ahead only when the sink, as it is then, would have it read and no
 * file before it in the batch is being read for the same bytes; when its turn comes the sink is asked
 * again, so a copy of a file read just before is linked, never read twice, exactly as one at a time.
 */
final class ReadAhead {
    private final Ingester ingester;
    private final RecordSink sink;
    private final BlockingQueue<FileExtractor> idle;
    private final ExecutorService pool;
    private final int window;
    /** The hashes of the files being read ahead. */
    private final Set<String> reading = new HashSet<>();

    /** A file the batch has listed and not finished: checked, and maybe being read. */
    private static final class Pending {
        final Ingester.Checked checked;
        Future<Ingester.Read> read;

        Pending(Ingester.Checked checked) {
            this.checked = checked;
        }
    }

    ReadAhead(Ingester ingester, List<FileExtractor> extractors, RecordSink sink) {
        this.ingester = ingester;
        this.sink = sink;
        this.idle = new LinkedBlockingQueue<>(extractors);
        this.window = 2 * extractors.size();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(extractors.size(), r -> {
            Thread t = new Thread(r, "baocao-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void run(Iterable<Path> files, Ingester.Progress progress) throws IOException {
        Deque<Pending> ahead = new ArrayDeque<>();
        Iterator<Path> next = files.iterator();
        try {
            while (true) {
                while (ahead.size() < window && next.hasNext()) {
                    ahead.add(readAheadIfNeeded(new Pending(Ingester.check(next.next()))));
                }
                Pending p = ahead.poll();
                if (p == null) {
                    break;
                }
                progress.started(p.checked.file());
                Ingester.FileReport r = finish(p);
                ingester.committedIfDue(sink);
                progress.finished(r);
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Pending readAheadIfNeeded(Pending p) throws IOException {
        Ingester.Checked c = p.checked;
        if (c.failure() != null || reading.contains(c.hash()) || c.hash().equals(sink.hashOf(c.path()))
                || sink.holds(c.hash())) {
            return p; // decided when its turn comes, as one at a time would
        }
        reading.add(c.hash());
        p.read = pool.submit(() -> {
            FileExtractor extractor = idle.take();
            try {
                return Ingester.read(c, extractor);
            } finally {
                idle.add(extractor);
            }
        });
        return p;
    }

    private Ingester.FileReport finish(Pending p) throws IOException {
        Ingester.Checked c = p.checked;
        long t0 = System.nanoTime();
        try {
            Ingester.FileReport decided = Ingester.decide(c, sink, t0);
            if (decided != null) {
                if (p.read != null) {
                    result(p.read); // not needed after all (the file is listed twice): let its reader finish
                }
                return decided;
            }
            String held = sink.hashOf(c.path());
            // read ahead, or now: the copy of a file that failed to be read is read itself
            Ingester.Read read = p.read != null ? result(p.read) : result(readNow(c));
            // the time of the file is its reading's and the sink's, not the time it waited for its turn
            return Ingester.store(c, held, read, sink, t0 - read.nanos());
        } finally {
            if (p.read != null) {
                reading.remove(c.hash());
            }
        }
    }

    private Future<Ingester.Read> readNow(Ingester.Checked c) {
        return pool.submit(() -> {
            FileExtractor extractor = idle.take();
            try {
                return Ingester.read(c, extractor);
            } finally {
                idle.add(extractor);
            }
        });
    }

    private static Ingester.Read result(Future<Ingester.Read> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while a file was read", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
