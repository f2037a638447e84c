package io.baocao.pipeline.cli;

import io.baocao.pipeline.ingest.UnreadableFileException;

/** One line a user can act on, for whatever went wrong with a file. */
final class Reasons {
    private Reasons() {
    }

    static String of(Throwable e) {
        if (e instanceof UnreadableFileException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String what = root.getClass().getSimpleName();
        if (root instanceof java.nio.file.NoSuchFileException) {
            return "file not found (deleted while running?)";
        }
        if (root instanceof java.nio.file.AccessDeniedException) {
            return "not readable (permission denied)";
        }
        String msg = m == null ? what : what + ": " + m;
        return ("cannot read: " + msg).replaceAll("\\s+", " ");
    }
}
