package io.baocao.pipeline.ingest;

import java.util.List;

/** What a reader makes of a file: its lines in reading order and its page count (0: no pages). */
public record SourceText(List<TextLine> lines, int pages, String format) {
}
