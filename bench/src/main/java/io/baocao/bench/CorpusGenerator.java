package io.baocao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the benchmark corpus: N PDFs from the source reports, deterministic (same sources, same N, same
 * bytes). Most files are single pages of the sources (what a folder of scanned-in circulars looks like to
 * the reader: many small files, so per-file costs show); every {@code wholeEvery}-th file is a whole
 * source report (long documents, so per-page costs show). Each file gets a PDF comment after {@code %%EOF}
 * naming its number, so no two files have the same bytes (the ingest would otherwise skip copies by hash).
 * A manifest {@code corpus.tsv} (file, pages) lets every run count pages the same way.
 *
 * <pre>java io.baocao.bench.CorpusGenerator SOURCE_DIR OUT_DIR [N] [WHOLE_EVERY]</pre>
 */
public final class CorpusGenerator {
    public static final String MANIFEST = "corpus.tsv";

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator SOURCE_DIR OUT_DIR [N=2000] [WHOLE_EVERY=40]");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int wholeEvery = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        generate(sources, out, n, wholeEvery);
    }

    private static void qpdf(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("qpdf"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("qpdf failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
            }
        } catch (IOException e) {
            throw new IOException("bench: the corpus generator needs qpdf (apt-get install qpdf): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static void generate(Path sourceDir, Path out, int n, int wholeEvery) throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(sourceDir)) {
            sources = s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IOException(sourceDir + ": no PDF to make the corpus from");
        }
        Files.createDirectories(out);
        // every page of every source, in order, as its own PDF (split once by qpdf, copied N times); qpdf
        // rather than PDFBox's Splitter, whose pages of these reports come out with broken font references
        record Piece(String name, byte[] bytes, int pages) {
        }
        List<Piece> pages = new ArrayList<>();
        List<Piece> wholes = new ArrayList<>();
        Path split = Files.createTempDirectory("baocao-split");
        try {
            for (Path src : sources) {
                String base = src.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
                byte[] whole = Files.readAllBytes(src);
                int n0;
                try (PDDocument doc = Loader.loadPDF(whole)) {
                    n0 = doc.getNumberOfPages();
                }
                wholes.add(new Piece(base, whole, n0));
                qpdf("--deterministic-id", "--split-pages", src.toString(), split.resolve(base + ".pdf").toString());
                List<Path> parts;
                try (Stream<Path> s = Files.list(split)) {
                    parts = s.filter(p -> p.getFileName().toString().startsWith(base + "-")).sorted().toList();
                }
                if (parts.size() != n0) {
                    throw new IOException(src + ": qpdf made " + parts.size() + " pages of " + n0);
                }
                for (int i = 0; i < parts.size(); i++) {
                    pages.add(new Piece(base + "-p" + (i + 1), Files.readAllBytes(parts.get(i)), 1));
                    Files.delete(parts.get(i));
                }
            }
        } finally {
            Files.deleteIfExists(split);
        }
        StringBuilder manifest = new StringBuilder();
        long totalPages = 0;
        for (int i = 0; i < n; i++) {
            Piece p = i % wholeEvery == wholeEvery - 1 ? wholes.get((i / wholeEvery) % wholes.size())
                    : pages.get(i % pages.size());
            String name = String.format("%05d-%s.pdf", i, p.name());
            try (OutputStream o = Files.newOutputStream(out.resolve(name), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                o.write(p.bytes());
                o.write(("\n%variant " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            manifest.append(name).append('\t').append(p.pages()).append('\n');
            totalPages += p.pages();
        }
        Files.writeString(out.resolve(MANIFEST), manifest);
        System.out.printf("corpus: %d PDFs, %d pages (%d single pages of %d sources, one whole report in %d) in %s%n",
                n, totalPages, pages.size(), sources.size(), wholeEvery, out);
    }
}
