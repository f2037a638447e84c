package io.baocao.pipeline;

import java.time.Duration;

/** Per-file limits: a file that exceeds one is reported as failed, and the batch goes on. */
public record Limits(Duration timePerFile, long maxChars, long maxBytes) {
    public static final Limits DEFAULT = new Limits(Duration.ofMinutes(5), 50_000_000L, 2L * 1024 * 1024 * 1024);
}
