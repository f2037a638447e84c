package io.baocao.pipeline.batch.worker;

import io.baocao.pipeline.Limits;
import io.baocao.pipeline.batch.Extracted;
import io.baocao.pipeline.batch.FileExtractor;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.OcrConfig;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads each file in a worker process with its own heap limit and a deadline, reused from file to file.
 * A file that takes too long gets its worker killed; one that crashes the worker or exhausts its heap
 * gets it replaced; either way that file is reported with the reason and the next file gets a fresh
 * worker.
 */
public final class IsolatedExtractor implements FileExtractor {
    private final Limits limits;
    private final OcrConfig ocr;
    private volatile WorkerProcess worker;
    private long nextId = 1;
    private int started;

    public IsolatedExtractor(Limits limits) {
        this(limits, OcrConfig.DEFAULT);
    }

    /** @param ocr whether the worker OCRs pages without a usable text layer ({@code --no-ocr}) */
    public IsolatedExtractor(Limits limits, OcrConfig ocr) {
        this.limits = limits;
        this.ocr = ocr;
    }

    @Override
    public Extracted extract(Path file) throws IOException {
        if (worker == null || !worker.alive()) {
            worker = WorkerProcess.start(limits, ocr.enabled());
            started++;
        }
        WireFormat.Reply reply;
        try {
            reply = worker.call(new WireFormat.Request(nextId++, file.toAbsolutePath().toString()), limits.timePerFile());
        } catch (WorkerProcess.TimeoutException e) {
            worker.kill();
            worker = null;
            throw new UnreadableFileException("took longer than " + limits.timePerFile().toSeconds()
                    + " s to read (limit --max-seconds); stopped");
        } catch (WorkerProcess.DiedException e) {
            worker = null;
            throw new UnreadableFileException(deathReason(e));
        } catch (IOException e) {
            worker.kill();
            worker = null;
            throw e;
        }
        if (reply.restart()) {
            worker.close();
            worker = null;
        }
        if ("ok".equals(reply.status()) && reply.result() != null) {
            return reply.result();
        }
        throw new UnreadableFileException(reply.reason() == null ? "cannot read" : reply.reason());
    }

    private String deathReason(WorkerProcess.DiedException e) {
        if (e.exitCode == ExtractWorker.RESTART_EXIT || e.lastError != null && e.lastError.contains("OutOfMemoryError")) {
            return ExtractWorker.outOfMemory(limits.maxMemoryBytes());
        }
        return "the reader process crashed on this file (exit code " + e.exitCode
                + (e.lastError == null ? "" : ": " + e.lastError.strip()) + ")";
    }

    /** How many worker processes were started so far (one, unless files killed some). */
    public int workersStarted() {
        return started;
    }

    /** The running worker's process id, or -1. */
    public long workerPid() {
        return worker == null ? -1 : worker.pid();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }
}
