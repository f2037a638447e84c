package io.baocao.pipeline;

import java.time.Duration;

/**
 * Per-file limits: a file that exceeds one is reported as failed, and the batch goes on.
 *
 * @param timePerFile    wall-clock time to read one file (enforced by killing its worker process)
 * @param maxMemoryBytes heap of the worker process that reads files ({@code -Xmx})
 * @param maxChars       characters of text one file may yield
 * @param maxFileBytes   size of a file worth opening at all
 */
public record Limits(Duration timePerFile, long maxMemoryBytes, long maxChars, long maxFileBytes) {
    /** A 1,000-page report reads in about 15 s, 150 MB of heap and 2.7 million characters. */
    public static final Limits DEFAULT = new Limits(Duration.ofMinutes(5), 1024L * 1024 * 1024, 20_000_000L,
            2L * 1024 * 1024 * 1024);

    public Limits {
        if (timePerFile.isNegative() || timePerFile.isZero() || maxMemoryBytes <= 0 || maxChars <= 0 || maxFileBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + timePerFile + ", " + maxMemoryBytes + ", "
                    + maxChars + ", " + maxFileBytes);
        }
    }

    public Limits withTimePerFile(Duration d) {
        return new Limits(d, maxMemoryBytes, maxChars, maxFileBytes);
    }

    public Limits withMaxMemoryBytes(long b) {
        return new Limits(timePerFile, b, maxChars, maxFileBytes);
    }

    public Limits withMaxChars(long c) {
        return new Limits(timePerFile, maxMemoryBytes, c, maxFileBytes);
    }

    /** The memory limit as a user writes it: {@code 512m}, {@code 2g}. */
    public String memoryText() {
        long mb = maxMemoryBytes / (1024 * 1024);
        return mb % 1024 == 0 ? (mb / 1024) + "g" : mb + "m";
    }
}
