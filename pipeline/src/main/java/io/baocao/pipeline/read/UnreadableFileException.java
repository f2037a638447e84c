package io.baocao.pipeline.read;

import java.io.IOException;

/** A file that cannot be read, with the reason a user can act on. */
public class UnreadableFileException extends IOException {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
