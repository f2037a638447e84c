package io.baocao.bench;

import io.baocao.extract.text.Passage;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real passages of the corpus (every file of {@code -Dbaocao.corpus}, default {@code corpus}), in file order. */
final class CorpusPassages {
    private CorpusPassages() {
    }

    static Path corpusDir() {
        return Path.of(System.getProperty("baocao.corpus", "corpus"));
    }

    static List<Pipeline.Result> results(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Pipeline pipeline = new Pipeline();
        List<Pipeline.Result> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(pipeline.process(f));
            } catch (IOException e) {
                System.err.println("bench: " + f + ": skipped: " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new IOException(dir + ": no file could be read");
        }
        return out;
    }

    static List<Passage> passages(Path dir) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (Pipeline.Result r : results(dir)) {
            out.addAll(r.passages());
        }
        return out;
    }
}
