package io.baocao.pipeline.read;

import io.baocao.pipeline.read.ocr.OcrConfig;
import io.baocao.pipeline.read.office.TikaReader;
import io.baocao.pipeline.read.pdf.PdfLayoutReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Picks the reader for a file by what its bytes are (Tika's detector), not by its name: a PNG or a ZIP
 * renamed {@code .pdf} is refused as what it is, a DOCX renamed {@code .pdf} is read as the DOCX it is.
 */
public final class Readers {
    private static final Set<String> TEXT_FORMATS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml",
            "text/plain", "application/x-tika-msoffice", "application/x-tika-ooxml");
    static final String READABLE = "baocao reads PDF, DOCX, DOC, ODT, RTF, HTML and plain text";
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("image/png", "a PNG image"), Map.entry("image/jpeg", "a JPEG image"),
            Map.entry("image/tiff", "a TIFF image"), Map.entry("image/gif", "a GIF image"),
            Map.entry("image/bmp", "a BMP image"), Map.entry("image/webp", "a WebP image"),
            Map.entry("application/zip", "a ZIP archive"), Map.entry("application/x-rar-compressed", "a RAR archive"),
            Map.entry("application/x-7z-compressed", "a 7-Zip archive"), Map.entry("application/gzip", "a gzip file"),
            Map.entry("application/x-tar", "a tar archive"),
            Map.entry("application/vnd.ms-excel", "an Excel workbook"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook"),
            Map.entry("application/vnd.ms-powerpoint", "a PowerPoint presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"),
            Map.entry("application/x-msdownload", "a Windows program"), Map.entry("application/x-executable", "a program"),
            Map.entry("application/octet-stream", "binary data of no known format"));

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PdfLayoutReader pdf;
    private final TikaReader tika;
    private final long maxFileBytes;

    public Readers(long maxChars) {
        this(maxChars, Long.MAX_VALUE);
    }

    public Readers(long maxChars, long maxFileBytes) {
        this(maxChars, maxFileBytes, OcrConfig.DEFAULT);
    }

    public Readers(long maxChars, long maxFileBytes, OcrConfig ocr) {
        this.pdf = new PdfLayoutReader(maxChars, ocr);
        this.tika = new TikaReader(maxChars);
        this.maxFileBytes = maxFileBytes;
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
            throw new UnreadableFileException(Files.exists(file) ? "not readable (permission denied)"
                    : "file not found (no such file, or deleted while the batch ran)");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException("not a regular file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableFileException("empty file (0 bytes)");
        }
        if (size > maxFileBytes) {
            throw new UnreadableFileException("file of " + size + " bytes, larger than the limit of " + maxFileBytes);
        }
        MediaType type = detect(file);
        String base = type.getBaseType().toString();
        if (base.equals("application/pdf")) {
            return pdf.read(file);
        }
        if (TEXT_FORMATS.contains(base) || base.startsWith("text/")) {
            return tika.read(file);
        }
        throw new UnreadableFileException(refusal(base, file.getFileName().toString()));
    }

    /** Why a detected format is refused, naming what the bytes are and what to do. */
    static String refusal(String base, String name) {
        String what = NAMES.getOrDefault(base, base.startsWith("image/") ? "an image" : "a file") + " (" + base + ")";
        boolean image = base.startsWith("image/");
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return "not a PDF: it is " + what + " named .pdf"
                    + (image ? "; if it is a scanned page, OCR it into a PDF first (e.g. ocrmypdf -l vie)" : "");
        }
        return "unsupported format: " + what + "; " + READABLE + (image ? " (images need OCR first)" : "");
    }
}
