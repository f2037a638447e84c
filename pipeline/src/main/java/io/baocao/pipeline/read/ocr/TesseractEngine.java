package io.baocao.pipeline.read.ocr;

import io.baocao.pipeline.read.OcrConfig;

import io.baocao.pipeline.read.TextLine;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads a rendered page with the {@code tesseract} program: the grey image goes in on standard input
 * (as a PGM, which needs no encoding), hOCR comes out in a temporary file, so line boxes and baselines
 * are kept. Each process runs with {@code OMP_THREAD_LIMIT=1}: pages are read in parallel, one process a
 * core, and Tesseract's own threads would only contend.
 */
public final class TesseractEngine {
    /** Whether each program (and model) is usable, asked once per process: null when it is, else why not. */
    private static final Map<String, String> AVAILABILITY = new ConcurrentHashMap<>();
    private static final String INSTALL = "install tesseract-ocr tesseract-ocr-vie (Debian, Ubuntu)";

    private final OcrConfig config;

    public TesseractEngine(OcrConfig config) {
        this.config = config;
    }

    /** A page Tesseract could not read, with the reason. */
    public static final class OcrException extends IOException {
        OcrException(String reason) {
            super(reason);
        }

        OcrException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * Null when Tesseract and its model can be run, else why not, with what to install: {@code tesseract
     * is not installed …}, {@code tesseract has no 'vie' model …}.
     */
    public String unavailable() {
        String key = config.command() + "\u0000" + config.language();
        String why = AVAILABILITY.computeIfAbsent(key, k -> probe());
        return why.isEmpty() ? null : why;
    }

    private String probe() {
        Process p;
        try {
            p = new ProcessBuilder(config.command(), "--list-langs").redirectErrorStream(true).start();
        } catch (IOException e) {
            return "tesseract is not installed (no '" + config.command() + "' program found); " + INSTALL;
        }
        try (InputStream in = p.getInputStream()) {
            String listing = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "tesseract did not answer 'tesseract --list-langs' within 30 s; " + INSTALL;
            }
            for (String line : listing.split("\\R")) {
                if (line.strip().equals(config.language())) {
                    return "";
                }
            }
            return "tesseract has no '" + config.language() + "' model (the Vietnamese language data); " + INSTALL;
        } catch (IOException e) {
            return "tesseract cannot be run: " + e.getMessage() + "; " + INSTALL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return "interrupted while asking tesseract for its models";
        }
    }

    /**
     * The lines of one rendered page.
     *
     * @param grey           the page rendered in grey ({@link BufferedImage#TYPE_BYTE_GRAY})
     * @param dpi            the resolution it was rendered at
     * @param page           its 1-based page number
     */
    public List<TextLine> read(BufferedImage grey, int dpi, int page) throws IOException {
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("a grey image is expected, got type " + grey.getType());
        }
        Path hocr = Files.createTempFile("baocao-ocr-p" + page + "-", ".hocr");
        Path errors = Files.createTempFile("baocao-ocr-p" + page + "-", ".err");
        Process p = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(config.command(), "stdin", "stdout", "-l", config.language(),
                    "--dpi", Integer.toString(dpi), "--psm", "3", "hocr")
                    .redirectOutput(hocr.toFile()).redirectError(errors.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new OcrException("tesseract is not installed (no '" + config.command() + "' program found); "
                        + INSTALL, e);
            }
            try (OutputStream in = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                writePgm(grey, in);
            } catch (IOException e) {
                // Tesseract stopped reading (it failed on its arguments or the image): its exit says why
            }
            if (!p.waitFor(config.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OcrException("OCR took longer than " + config.pageTimeout().toSeconds() + " s; stopped");
            }
            if (p.exitValue() != 0) {
                throw new OcrException("tesseract failed (exit code " + p.exitValue() + "): " + lastLine(errors));
            }
            float scale = 72f / dpi;
            try (InputStream out = Files.newInputStream(hocr)) {
                return HocrLines.read(out, page, scale, grey.getWidth() * scale, grey.getHeight() * scale);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("OCR interrupted", e);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(hocr);
            Files.deleteIfExists(errors);
        }
    }

    /** Binary PGM: a three-line header and the raster's bytes as they are (one byte a pixel, rows in order). */
    private static void writePgm(BufferedImage grey, OutputStream out) throws IOException {
        int w = grey.getWidth();
        int h = grey.getHeight();
        out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        if (grey.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && grey.getRaster().getSampleModelTranslateX() == 0 && bytes.getData().length == w * h) {
            out.write(bytes.getData());
            return;
        }
        byte[] row = new byte[w];
        for (int y = 0; y < h; y++) {
            grey.getRaster().getDataElements(0, y, w, 1, row);
            out.write(row);
        }
    }

    private static String lastLine(Path errors) {
        try {
            List<String> lines = new ArrayList<>();
            for (String l : Files.readAllLines(errors, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    lines.add(l.strip());
                }
            }
            return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "no message";
        }
    }
}
