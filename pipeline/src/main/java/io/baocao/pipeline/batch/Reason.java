package io.baocao.pipeline.batch;

import io.baocao.pipeline.read.UnreadableFileException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One line a user can act on, for whatever went wrong with a file. */
public final class Reason {
    private Reason() {
    }

    public static String of(Throwable e) {
        if (e instanceof UnreadableFileException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NoSuchFileException
                || root instanceof FileNotFoundException && String.valueOf(root.getMessage()).contains("No such file")) {
            return "file not found (no such file, or deleted while the batch ran)";
        }
        if (root instanceof AccessDeniedException) {
            return "not readable (permission denied)";
        }
        if (root instanceof StackOverflowError) {
            return "damaged document: structures nested too deeply to read";
        }
        String m = root.getMessage();
        String what = root.getClass().getSimpleName();
        return ("cannot read: " + (m == null ? what : what + ": " + m)).replaceAll("\\s+", " ");
    }
}
