package io.baocao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Folders of real reports for batch tests: the corpus, and byte-level variants of it. */
public final class Batches {
    private Batches() {
    }

    /**
     * Twelve files, about ten seconds of ingest: three small reports (10, 16, 25 pages) four, four and three
     * times (different bytes, same text) and the DOCX.
     */
    public static Path smallReports(Path dir) throws IOException {
        Path batch = Files.createDirectories(dir);
        List<String> pdfs = List.of("cantho-2022-h1-nghi-quyet-05.pdf", "cantho-2023-ke-hoach-22.pdf",
                "cantho-2024-phu-luc-320.pdf");
        int n = 0;
        for (String name : pdfs) {
            int copies = name.contains("phu-luc") ? 3 : 4;
            for (int i = 0; i < copies; i++) {
                String stem = name.replace(".pdf", "");
                BadFiles.variant(Corpus.file(name), batch.resolve(stem + "-v" + i + ".pdf"), n++);
            }
        }
        Files.copy(Corpus.file("cantho-2023-ke-hoach-22.docx"), batch.resolve("cantho-2023-ke-hoach-22.docx"));
        return batch;
    }
}
