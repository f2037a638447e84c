package io.baocao.pipeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the files and folders given on the command line into the entries to ingest, in a stable
 * order. Folders are walked (hidden entries skipped); everything else that is not a folder is listed,
 * a broken link or a pipe included, so that the batch reports it instead of passing it over in silence.
 * A path that does not exist is listed as given: the batch reports it as not found.
 */
final class Inputs {
    private Inputs() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !Files.isDirectory(f))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The old form, for {@code extract}: files that exist, and the names of those that do not. */
    static List<Path> expand(List<Path> paths, List<String> missing) {
        List<Path> out = new ArrayList<>();
        for (Path p : expand(paths)) {
            if (Files.exists(p)) {
                out.add(p);
            } else {
                missing.add(p.toString());
            }
        }
        return out;
    }
}
