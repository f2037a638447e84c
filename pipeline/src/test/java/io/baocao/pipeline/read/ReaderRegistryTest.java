package io.baocao.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Limits;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short way to a PDF's type gives what Tika's detector gives, and is not taken by what is no PDF. */
class ReaderRegistryTest {
    private final ReaderRegistry registry = Pipeline.readers(new ReadConfig(Limits.DEFAULT.maxChars(),
            Limits.DEFAULT.maxFileBytes(), true, OcrConfig.OFF));

    @Test
    void everyCorpusFileIsTheTypeTikaSays() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("../corpus")), Files.list(Path.of("../corpus/realworld")))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int pdfs = 0;
        for (Path f : files) {
            assertEquals(registry.detectByTika(f), registry.detect(f), f.toString());
            pdfs += ReaderRegistry.pdfByNameAndBytes(f) ? 1 : 0;
        }
        assertTrue(pdfs >= 4, "PDFs told by their first bytes: " + pdfs);
    }

    @Test
    void aDocxNamedPdfOrAPdfNamedOtherwiseGoesToTika(@TempDir Path dir) throws IOException {
        Path docx = Files.list(Path.of("../corpus")).filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
        Path named = Files.copy(docx, dir.resolve("report.pdf"));
        assertFalse(ReaderRegistry.pdfByNameAndBytes(named));
        assertEquals(registry.detectByTika(named), registry.detect(named));
        Path pdf = Files.list(Path.of("../corpus")).filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        Path bin = Files.copy(pdf, dir.resolve("report.bin"));
        assertFalse(ReaderRegistry.pdfByNameAndBytes(bin));
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[] {'%', 'P'});
        assertFalse(ReaderRegistry.pdfByNameAndBytes(empty));
    }
}
