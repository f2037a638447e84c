package io.baocao.pipeline.web;

import io.baocao.index.BaocaoSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.index.IndexNotFoundException;

/**
 * Runs the server's reads of the index, bounded: at most {@link #WORKERS} at once with a short queue
 * (more are turned away with 503), each given {@link #TIMEOUT_SECONDS} before the reader is told it
 * took too long. Each read opens the last commit, so the page sees what an ingest running beside it
 * has committed so far.
 */
final class IndexAccess implements AutoCloseable {
    static final int WORKERS = 2;
    static final int QUEUE = 16;
    static final int TIMEOUT_SECONDS = 10;

    interface Read<T> {
        T apply(BaocaoSearcher searcher) throws IOException;
    }

    private final Path index;
    private final ThreadPoolExecutor pool;

    IndexAccess(Path index) {
        this.index = index;
        this.pool = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "baocao-search");
            t.setDaemon(true);
            return t;
        });
    }

    Path index() {
        return index;
    }

    <T> T read(Read<T> read) {
        Future<T> f;
        try {
            f = pool.submit(() -> {
                try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
                    return read.apply(s);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new BadRequest(503, "too many searches at once; try again in a moment");
        }
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new BadRequest(503, "the search took longer than " + TIMEOUT_SECONDS + " s; try more specific words");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequest(503, "the server is stopping");
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    RuntimeException translate(Throwable t) {
        if (t instanceof BadRequest b) {
            return b;
        }
        if (t instanceof IndexNotFoundException || t instanceof java.nio.file.NoSuchFileException) {
            return new BadRequest(503, "there is no index at " + index + " yet (run: baocao ingest corpus)");
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
