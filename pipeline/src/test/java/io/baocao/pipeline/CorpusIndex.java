package io.baocao.pipeline;

import io.baocao.pipeline.cli.Baocao;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The bundled corpus ingested once per test JVM (through the command line, as a user would) into a
 * temporary index shared by the tests that only read it: the export, the web server and the browser
 * tests. Deleted when the JVM exits.
 */
public final class CorpusIndex {
    private static Path index;

    private CorpusIndex() {
    }

    public static synchronized Path path() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("baocao-corpus-index");
                Path idx = dir.resolve("index");
                // the Cần Thơ reports (corpus/*), not the real-world set below them, which has scans to OCR
                java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("ingest"));
                try (Stream<Path> files = Files.list(Corpus.corpus())) {
                    files.filter(Files::isRegularFile).sorted().forEach(f -> args.add(f.toString()));
                }
                args.addAll(java.util.List.of("--index", idx.toString(), "--in-process"));
                int code = Baocao.run(args.toArray(String[]::new));
                if (code != 0) {
                    throw new IllegalStateException("ingest of the corpus exited with " + code);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                index = idx;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans it if we cannot
        }
    }
}
