package io.baocao.pipeline.read;

/**
 * Every setting of the readers, in one place (as Tika's {@code PDFParserConfig}); a reader takes the
 * config at construction and reads nothing else.
 *
 * @param maxChars     characters of text one file may yield: a file with more is refused, since its lines
 *                     would not fit in memory (a 1,000-page report has about 2.7 million)
 * @param maxFileBytes a larger file is refused before it is opened
 * @param tableRulings whether PDF tables are found from their ruling lines; false reads every page as if
 *                     it had none, which tests of the inference from text positions need
 * @param ocr          how pages without a usable text layer are read by OCR ({@link OcrConfig#OFF}:
 *                     {@code --no-ocr})
 */
public record ReadConfig(long maxChars, long maxFileBytes, boolean tableRulings, OcrConfig ocr) {
    public static final ReadConfig DEFAULT = new ReadConfig(20_000_000L, Long.MAX_VALUE, true, OcrConfig.DEFAULT);

    public ReadConfig {
        if (maxChars <= 0 || maxFileBytes <= 0) {
            throw new IllegalArgumentException("read limits must be positive: " + maxChars + ", " + maxFileBytes);
        }
    }

    public ReadConfig withMaxChars(long c) {
        return new ReadConfig(c, maxFileBytes, tableRulings, ocr);
    }

    public ReadConfig withTableRulings(boolean r) {
        return new ReadConfig(maxChars, maxFileBytes, r, ocr);
    }

    public ReadConfig withOcr(OcrConfig o) {
        return new ReadConfig(maxChars, maxFileBytes, tableRulings, o);
    }
}
