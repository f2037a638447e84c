package io.baocao.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Picks the reader for a file by what its bytes are (Tika's detector), not by its name: a PNG or a ZIP
 * renamed {@code .pdf} is refused as what it is.
 */
public final class Readers {
    private static final Set<String> TEXT_FORMATS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml",
            "text/plain", "application/x-tika-msoffice", "application/x-tika-ooxml");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PdfLayoutReader pdf = new PdfLayoutReader();
    private final TikaReader tika;

    public Readers(long maxChars) {
        this.tika = new TikaReader(maxChars);
    }

    public MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detect(in, metadata);
        }
    }

    public SourceText read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new UnreadableFileException(Files.exists(file) ? "not readable (permission denied)" : "file not found");
        }
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("empty file (0 bytes)");
        }
        MediaType type = detect(file);
        String base = type.getBaseType().toString();
        if (base.equals("application/pdf")) {
            return pdf.read(file);
        }
        if (TEXT_FORMATS.contains(base) || base.startsWith("text/")) {
            return tika.read(file);
        }
        String named = file.getFileName().toString();
        throw new UnreadableFileException("unsupported format " + base + describe(base, named));
    }

    private static String describe(String base, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean claimsPdf = lower.endsWith(".pdf");
        if (claimsPdf && base.startsWith("image/")) {
            return " (an image named .pdf; convert or OCR it)";
        }
        if (claimsPdf) {
            return " (named .pdf, but it is not a PDF)";
        }
        return "";
    }
}
