package io.baocao.pipeline.read;

import java.time.Duration;

/**
 * How pages without usable text are read by OCR.
 *
 * @param enabled     whether such pages are OCR'd at all: {@code --no-ocr} turns it off for a user who
 *                    wants only what the text layer says, or a batch that must not spend seconds per page
 * @param dpi         resolution pages are rendered at: 200 dpi gives the 13-14 pt body text of the genre
 *                    about 37 px per line, where Tesseract's Vietnamese model reads diacritics reliably
 *                    (the scanned-report test reaches its F1 at 200); 300 dpi costs 2.25 times the pixels
 * @param language    Tesseract's model: {@code vie} (Debian {@code tesseract-ocr-vie}) reads Vietnamese
 *                    and the Latin letters of codes and abbreviations alike
 * @param threads     Tesseract processes run at once, one page each: one per core. Each runs with
 *                    {@code OMP_THREAD_LIMIT=1}, since Tesseract's own OpenMP threads fight each other on
 *                    a small machine (16 s a page instead of 3-4 s on 2 cores)
 * @param pageTimeout time one page may take; a page that takes longer is given up (its Tesseract killed)
 *                    and named in the file's note, so one pathological image does not hold the file
 * @param command     the Tesseract program, found on the PATH; a test points it at a missing one
 */
public record OcrConfig(boolean enabled, int dpi, String language, int threads, Duration pageTimeout,
                        String command) {

    public static final OcrConfig DEFAULT = new OcrConfig(true, 200, "vie",
            Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(120), "tesseract");
    public static final OcrConfig OFF = DEFAULT.withEnabled(false);

    public OcrConfig {
        if (dpi < 50 || dpi > 600 || threads < 1 || pageTimeout.isNegative() || pageTimeout.isZero()
                || language == null || language.isBlank() || command == null || command.isBlank()) {
            throw new IllegalArgumentException("OCR settings out of range: dpi " + dpi + ", threads " + threads
                    + ", page timeout " + pageTimeout + ", language " + language + ", command " + command);
        }
    }

    public OcrConfig withEnabled(boolean on) {
        return new OcrConfig(on, dpi, language, threads, pageTimeout, command);
    }

    public OcrConfig withCommand(String c) {
        return new OcrConfig(enabled, dpi, language, threads, pageTimeout, c);
    }

    public OcrConfig withThreads(int n) {
        return new OcrConfig(enabled, dpi, language, n, pageTimeout, command);
    }
}
