package io.baocao.pipeline.read.ocr;

import io.baocao.pipeline.read.OcrConfig;
import io.baocao.pipeline.read.OcrSummary;

import io.baocao.pipeline.read.TextLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Finds the pages of a PDF whose text layer is missing or useless and reads them by OCR, in parallel:
 * pages are rendered one after the other (a PDDocument is not safe to share between threads) and each
 * rendered page goes to one of {@code threads} Tesseract processes; at most {@code threads} rendered
 * pages wait at a time, so memory stays bounded whatever the page count. The OCR'd lines replace the
 * page's lines; pages with usable text are not touched.
 *
 * <p>A page needs OCR when its text layer
 * <ul>
 * <li>is empty and the page draws an image or its text as outlines (a blank page does not);</li>
 * <li>is garbled ({@link PageTextQuality}) over an image covering half the page or more: a scan with a
 * broken OCR layer (a garbled page without an image is a legacy font, converted elsewhere);</li>
 * <li>is a few words (a portal's publication stamp, a caption) over an image covering most of the page.</li>
 * </ul>
 */
public final class PageOcr {
    /** An image covering this share of a page without text is worth reading (a logo is not). */
    static final double IMAGE_FOR_EMPTY = 0.05;
    /** Text as outlines: a typeset page fills thousands of glyph paths, a ruled table a few dozen. */
    static final int PATHS_FOR_EMPTY = 300;
    /** A garbled text layer over an image this large is a scan's broken OCR layer. */
    static final double IMAGE_FOR_GARBLED = 0.5;
    /** A few words over an image this large are a stamp on a scan, not the page's text. */
    static final double IMAGE_FOR_SCANT = 0.7;
    /** Pages larger than this many pixels at the configured resolution are rendered at less (an A0 plan). */
    static final double MAX_PIXELS = 36e6;

    private final OcrConfig config;
    private final TesseractEngine engine;

    public PageOcr(OcrConfig config) {
        this.config = config;
        this.engine = new TesseractEngine(config);
    }

    /** The document's lines with OCR'd pages in place, and what OCR did. */
    public record Outcome(List<TextLine> lines, OcrSummary summary) {
    }

    /**
     * @param lines the text layer's lines of {@code doc}, in page order
     */
    public Outcome apply(PDDocument doc, List<TextLine> lines) {
        int n = doc.getNumberOfPages();
        Map<Integer, List<TextLine>> byPage = new TreeMap<>();
        for (TextLine l : lines) {
            byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        }
        List<Integer> wanted = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            if (needsOcr(doc.getPage(p - 1), byPage.getOrDefault(p, List.of()))) {
                wanted.add(p);
            }
        }
        if (wanted.isEmpty()) {
            return new Outcome(lines, new OcrSummary(config.enabled(), List.of(), 0, List.of(), null));
        }
        if (!config.enabled()) {
            return new Outcome(lines, new OcrSummary(false, List.of(), 0, wanted, "OCR is off (--no-ocr)"));
        }
        String unavailable = engine.unavailable();
        if (unavailable != null) {
            return new Outcome(lines, new OcrSummary(true, List.of(), 0, wanted, unavailable));
        }
        long t0 = System.nanoTime();
        Map<Integer, String> failures = new TreeMap<>();
        Map<Integer, List<TextLine>> read = ocr(doc, wanted, failures);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int p = 1; p <= n; p++) {
            List<TextLine> ocrd = read.get(p);
            out.addAll(ocrd != null ? ocrd : byPage.getOrDefault(p, List.of()));
        }
        String problem = null;
        if (!failures.isEmpty()) {
            List<String> each = new ArrayList<>();
            failures.forEach((p, why) -> each.add("page " + p + ": " + why));
            problem = String.join("; ", each);
        }
        return new Outcome(out, new OcrSummary(true, new ArrayList<>(read.keySet()), ms,
                new ArrayList<>(failures.keySet()), problem));
    }

    /** Whether the page's text layer is missing or useless and the page shows something to read. */
    static boolean needsOcr(PDPage page, List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        for (TextLine l : lines) {
            text.append(l.text()).append('\n');
        }
        PageTextQuality.Verdict verdict = PageTextQuality.measure(text).verdict();
        if (verdict == PageTextQuality.Verdict.TEXT) {
            return false;
        }
        PageMarks marks;
        try {
            marks = PageMarks.of(page);
        } catch (IOException | RuntimeException e) {
            // a content stream that cannot be gone through again: keep what the text layer gave
            return verdict == PageTextQuality.Verdict.NO_TEXT;
        }
        return switch (verdict) {
            case NO_TEXT -> marks.imageCover() >= IMAGE_FOR_EMPTY || marks.filledPaths() >= PATHS_FOR_EMPTY;
            case GARBLED -> marks.imageCover() >= IMAGE_FOR_GARBLED;
            case SCANT -> marks.imageCover() >= IMAGE_FOR_SCANT;
            case TEXT -> false;
        };
    }

    private Map<Integer, List<TextLine>> ocr(PDDocument doc, List<Integer> pages, Map<Integer, String> failures) {
        Map<Integer, List<TextLine>> read = new TreeMap<>();
        int threads = Math.min(config.threads(), pages.size());
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocr-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore rendered = new Semaphore(threads);
        PDFRenderer renderer = new PDFRenderer(doc);
        Map<Integer, Future<List<TextLine>>> jobs = new LinkedHashMap<>();
        try {
            for (int p : pages) {
                rendered.acquire();
                BufferedImage image;
                int dpi = dpiFor(doc.getPage(p - 1));
                try {
                    image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.GRAY);
                } catch (IOException | RuntimeException e) {
                    rendered.release();
                    failures.put(p, "cannot be rendered for OCR: " + oneLine(e));
                    continue;
                }
                int page = p;
                jobs.put(p, pool.submit(() -> {
                    try {
                        return engine.read(image, dpi, page);
                    } finally {
                        rendered.release();
                    }
                }));
            }
            for (var job : jobs.entrySet()) {
                try {
                    read.put(job.getKey(), usable(job.getValue().get()));
                } catch (ExecutionException e) {
                    failures.put(job.getKey(), oneLine(e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (var job : jobs.entrySet()) {
                if (!read.containsKey(job.getKey())) {
                    failures.put(job.getKey(), "OCR interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return read;
    }

    /** OCR of a picture that holds no text gives noise: a page whose OCR is garbled yields no lines. */
    private static List<TextLine> usable(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        for (TextLine l : lines) {
            text.append(l.text()).append('\n');
        }
        return PageTextQuality.measure(text).verdict() == PageTextQuality.Verdict.GARBLED ? List.of() : lines;
    }

    private int dpiFor(PDPage page) {
        PDRectangle box = page.getCropBox();
        double pixels = (double) box.getWidth() * box.getHeight() * config.dpi() * config.dpi() / (72.0 * 72.0);
        if (pixels <= MAX_PIXELS) {
            return config.dpi();
        }
        return Math.max(72, (int) (config.dpi() * Math.sqrt(MAX_PIXELS / pixels)));
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}
