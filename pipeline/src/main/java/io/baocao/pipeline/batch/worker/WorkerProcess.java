package io.baocao.pipeline.batch.worker;

import com.fasterxml.jackson.databind.MappingIterator;
import io.baocao.pipeline.Limits;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running {@link ExtractWorker}: starts it, sends it a request, waits for the reply no longer than a
 * deadline, and kills it. Replies are parsed as they stream in (a 1,000-page result is never one string
 * in memory); standard error is drained so the worker never blocks on it, its last lines kept to explain
 * a crash.
 */
final class WorkerProcess implements Closeable {
    /** Extra JVM options for the worker, e.g. {@code -Xlog:gc:file=worker-gc.log} to measure its heap. */
    static final String JAVA_OPTS_ENV = "BAOCAO_WORKER_JAVA_OPTS";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Object END = new Object();
    private static final int STDERR_LINES = 20;

    private final Process process;
    private final OutputStream requests;
    private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();

    /** The worker ended (crashed, was killed, or exited after running out of memory) before replying. */
    static final class DiedException extends IOException {
        final int exitCode;
        final String lastError;

        DiedException(int exitCode, String lastError) {
            super("worker exited with code " + exitCode + (lastError == null ? "" : ": " + lastError));
            this.exitCode = exitCode;
            this.lastError = lastError;
        }
    }

    /** No reply within the deadline. */
    static final class TimeoutException extends IOException {
        TimeoutException(Duration d) {
            super("no reply within " + d.toSeconds() + " s");
        }
    }

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = process.getOutputStream();
        Thread out = new Thread(this::readReplies, "worker-" + process.pid() + "-out");
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(this::drainErrors, "worker-" + process.pid() + "-err");
        err.setDaemon(true);
        err.start();
    }

    static WorkerProcess start(Limits limits) throws IOException {
        return start(limits, true);
    }

    static WorkerProcess start(Limits limits, boolean ocr) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Math.max(16, limits.maxMemoryBytes() / (1024 * 1024)) + "m");
        // one thread parses: the serial collector has the smallest footprint and starts fastest
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        String extra = System.getenv(JAVA_OPTS_ENV);
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.strip().split("\\s+")));
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ExtractWorker.class.getName());
        cmd.add("--max-chars");
        cmd.add(Long.toString(limits.maxChars()));
        cmd.add("--max-file-bytes");
        cmd.add(Long.toString(limits.maxFileBytes()));
        cmd.add("--ocr");
        cmd.add(Boolean.toString(ocr));
        WorkerProcess w = new WorkerProcess(new ProcessBuilder(cmd).start());
        try {
            WireFormat.Reply ready = w.await(START_TIMEOUT);
            if (!"ready".equals(ready.status())) {
                throw new IOException("worker did not start: " + ready);
            }
        } catch (IOException e) {
            w.kill();
            throw new IOException("cannot start the reader process (" + e.getMessage() + ")", e);
        }
        return w;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sends one request and waits for its reply. */
    WireFormat.Reply call(WireFormat.Request request, Duration timeout) throws IOException {
        try {
            WireFormat.MAPPER.writeValue(requests, request);
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            throw died();
        }
        WireFormat.Reply reply = await(timeout);
        if (reply.id() != request.id()) {
            throw new IOException("worker replied to request " + reply.id() + " instead of " + request.id());
        }
        return reply;
    }

    private WireFormat.Reply await(Duration timeout) throws IOException {
        Object o;
        try {
            o = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (o == null) {
            throw new TimeoutException(timeout);
        }
        if (o == END) {
            throw died();
        }
        return (WireFormat.Reply) o;
    }

    private DiedException died() {
        int code;
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            code = process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        kill();
        String last;
        synchronized (stderrTail) {
            last = stderrTail.stream().filter(l -> l.contains("OutOfMemoryError")).findFirst()
                    .orElse(stderrTail.peekLast());
        }
        return new DiedException(code, last);
    }

    /** Kills the worker at once (SIGKILL: a hung parser does not get to finish anything). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the worker the polite way (end of its input), then the hard way if it lingers. */
    @Override
    public void close() {
        try {
            requests.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void readReplies() {
        try (MappingIterator<WireFormat.Reply> it = WireFormat.MAPPER.readerFor(WireFormat.Reply.class)
                .readValues(process.getInputStream())) {
            while (it.hasNextValue()) {
                replies.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // a reply cut off by the worker's death: the end marker below says so
        } finally {
            replies.add(END);
        }
    }

    private void drainErrors() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line.length() > 300 ? line.substring(0, 300) : line);
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }
}
