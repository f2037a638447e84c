package io.baocao.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled corpus and gold are, from a module's working directory. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("corpus/ not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }

    public static Path file(String name) {
        return corpus().resolve(name);
    }

    public static Path gold() {
        return root().resolve("gold");
    }

    /** The tables of a file as every reader gives them: through the reader registry, as {@code baocao tables}. */
    public static java.util.List<io.baocao.pipeline.tables.Table> tables(Path file) throws java.io.IOException {
        return Pipeline.readers(io.baocao.pipeline.read.ReadConfig.DEFAULT).read(file).tables();
    }
}
