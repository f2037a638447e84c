package io.baocao.pipeline.batch;

import java.io.IOException;

/**
 * A sink that cannot be opened for writing, with a message a user can act on: another process writes to
 * it, or the target is not something baocao wrote (refused, never written into).
 */
public final class SinkUnavailableException extends IOException {
    public SinkUnavailableException(String message) {
        super(message);
    }
}
