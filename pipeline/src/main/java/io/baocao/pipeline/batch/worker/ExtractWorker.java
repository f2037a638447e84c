package io.baocao.pipeline.batch.worker;

import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.batch.Extracted;
import io.baocao.pipeline.batch.Reason;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.OcrConfig;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The child process {@code baocao ingest} reads files in ({@code java -Xmx<limit> -cp <same classpath>
 * io.baocao.pipeline.batch.worker.ExtractWorker}): a file that hangs PDFBox or exhausts the heap takes down
 * this process, which the parent kills or sees die and replaces, never the batch or the index.
 *
 * <p>Requests come one JSON object per line on standard input, replies go one per line on standard
 * output, which nothing else may write to (libraries that print get standard error). When standard input
 * closes (the parent finished, or died, even by {@code kill -9}) the worker stops at once, mid-file if
 * need be, so no orphan keeps parsing.
 */
public final class ExtractWorker {
    /**
     * Exit code after a reply that asked for a fresh worker (out of memory, a JVM error), or when even the
     * reply did not fit in memory.
     */
    static final int RESTART_EXIT = 3;

    private ExtractWorker() {
    }

    public static void main(String[] args) throws Exception {
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        Limits limits = limits(args);
        Pipeline pipeline = new Pipeline(limits, ocr(args));
        warmUp(pipeline);
        BlockingQueue<WireFormat.Request> requests = new LinkedBlockingQueue<>();
        Thread input = new Thread(() -> readRequests(requests), "requests");
        input.setDaemon(true);
        input.start();
        send(protocol, WireFormat.Reply.ready());
        while (true) {
            WireFormat.Request r = requests.take();
            WireFormat.Reply reply = handle(pipeline, r);
            try {
                send(protocol, reply);
            } catch (OutOfMemoryError e) {
                Runtime.getRuntime().halt(RESTART_EXIT);
            }
            if (reply.restart()) {
                Runtime.getRuntime().halt(RESTART_EXIT);
            }
        }
    }

    private static WireFormat.Reply handle(Pipeline pipeline, WireFormat.Request r) {
        try {
            return WireFormat.Reply.ok(r.id(), Extracted.of(pipeline.process(Path.of(r.path()))));
        } catch (UnreadableFileException e) {
            return WireFormat.Reply.failed(r.id(), e.getMessage(), false);
        } catch (OutOfMemoryError e) {
            // what the file built is garbage now, so there is room to say so; then start afresh
            return WireFormat.Reply.failed(r.id(), outOfMemory(Runtime.getRuntime().maxMemory()), true);
        } catch (Exception | StackOverflowError e) {
            return WireFormat.Reply.failed(r.id(), Reason.of(e), false);
        } catch (Error e) {
            // a linkage or internal error leaves this JVM suspect: report, then start afresh
            return WireFormat.Reply.failed(r.id(), Reason.of(e), true);
        }
    }

    /**
     * Reads a small PDF and an HTML page before saying ready: class loading and the first compilations
     * then count against no file's deadline.
     */
    private static void warmUp(Pipeline pipeline) {
        String text = "Bao cao so 12/BC-UBND ngay 08/12/2023. Giai ngan von dau tu cong dat 1.234,5 ty dong, bang 45,6% ke hoach.";
        Path dir = null;
        try {
            dir = Files.createTempDirectory("baocao-warm-up");
            Path pdf = dir.resolve("warm-up.pdf");
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
                doc.save(pdf.toFile());
            }
            Path html = Files.writeString(dir.resolve("warm-up.html"), "<html><body><p>" + text + "</p></body></html>");
            pipeline.warmUp(pdf);
            pipeline.warmUp(html);
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the first real file pays instead
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temp folder left behind
                }
            }
        }
    }

    static String outOfMemory(long heapBytes) {
        return "out of memory: reading it needs more than " + heapBytes / (1024 * 1024)
                + " MB of heap (limit --max-memory)";
    }

    private static void readRequests(BlockingQueue<WireFormat.Request> requests) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    requests.add(WireFormat.MAPPER.readValue(line, WireFormat.Request.class));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken pipe is the parent going away: same as end of input
        }
        Runtime.getRuntime().halt(0);
    }

    private static void send(OutputStream out, WireFormat.Reply reply) throws IOException {
        WireFormat.MAPPER.writeValue(out, reply);
        out.write('\n');
        out.flush();
    }

    /** {@code --ocr false}: the ingest's {@code --no-ocr}. */
    private static OcrConfig ocr(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--ocr")) {
                return OcrConfig.DEFAULT.withEnabled(Boolean.parseBoolean(args[i + 1]));
            }
        }
        return OcrConfig.DEFAULT;
    }

    private static Limits limits(String[] args) {
        Limits l = Limits.DEFAULT.withMaxMemoryBytes(Runtime.getRuntime().maxMemory()).withTimePerFile(Duration.ofDays(1));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--max-chars" -> l = l.withMaxChars(Long.parseLong(args[i + 1]));
                case "--max-file-bytes" -> l = new Limits(l.timePerFile(), l.maxMemoryBytes(), l.maxChars(),
                        Long.parseLong(args[i + 1]));
                case "--ocr" -> {
                    // read by ocr(args)
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return l;
    }
}
