package io.baocao.pipeline.read;

import java.util.List;

/**
 * What OCR did to one file.
 *
 * @param enabled      whether OCR was on
 * @param pages        the pages read by OCR (their text replaced what the text layer had), in order
 * @param milliseconds wall time spent rendering and reading them
 * @param unread       pages that needed OCR but were not read by it (OCR off, unavailable, or failed)
 * @param problem      why pages were left unread (null when none were), e.g. that tesseract is missing
 */
public record OcrSummary(boolean enabled, List<Integer> pages, long milliseconds, List<Integer> unread, String problem) {
    public OcrSummary {
        pages = List.copyOf(pages);
        unread = List.copyOf(unread);
    }

    public static final OcrSummary NONE = new OcrSummary(true, List.of(), 0, List.of(), null);

    public boolean any() {
        return !pages.isEmpty();
    }
}
