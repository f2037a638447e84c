package io.baocao.pipeline.cli;

import io.baocao.pipeline.batch.Reason;

/** One line a user can act on, for whatever went wrong with a file (see {@link Reason}). */
final class Reasons {
    private Reasons() {
    }

    static String of(Throwable e) {
        return Reason.of(e);
    }
}
