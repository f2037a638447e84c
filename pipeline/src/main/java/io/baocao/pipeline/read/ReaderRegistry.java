package io.baocao.pipeline.read;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The readers, and the only place a file's type is detected: by what its bytes are (Tika's detector), not
 * by its name. A PNG or a ZIP renamed {@code .pdf} is refused as what it is, a DOCX renamed {@code .pdf}
 * is read as the DOCX it is. Each reader says which types it reads ({@link DocumentReader#supportedTypes});
 * the first that reads a type gets the file.
 */
public final class ReaderRegistry {
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

    private static final MediaType PDF = MediaType.application("pdf");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Tika's detector, made when a file first needs it (a PDF is told by its first bytes): see {@link #detectByTika}. */
    private Detector detector;
    private final List<DocumentReader> readers;
    private final long maxFileBytes;

    public ReaderRegistry(ReadConfig config, List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
        this.maxFileBytes = config.maxFileBytes();
    }

    public MediaType detect(Path file) throws IOException {
        if (pdfByNameAndBytes(file)) {
            return PDF;
        }
        return detectByTika(file);
    }

    private synchronized Detector detector() {
        if (detector == null) {
            detector = TikaConfig.getDefaultConfig().getDetector();
        }
        return detector;
    }

    /** What Tika's detector makes of the file's bytes (and name). */
    MediaType detectByTika(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            return detector().detect(in, metadata);
        }
    }

    /**
     * A file named {@code .pdf} whose bytes begin with {@code %PDF-}: what Tika's detector calls
     * {@code application/pdf} (its name and its magic agree), told from five bytes. Tika's detection goes
     * through every magic pattern and container detector it knows, some 2.5 % of an ingest of small PDFs.
     */
    static boolean pdfByNameAndBytes(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return false;
        }
        byte[] head = new byte[PDF_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, PDF_MAGIC);
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
        MediaType base = detect(file).getBaseType();
        return readerFor(base, file).read(file);
    }

    private DocumentReader readerFor(MediaType base, Path file) throws UnreadableFileException {
        for (DocumentReader r : readers) {
            if (r.supportedTypes().contains(base)) {
                return r;
            }
        }
        if (base.getType().equals("text") && !base.equals(MediaType.TEXT_PLAIN)) {
            // any other text/* is read as plain text by whichever reader reads text/plain
            return readerFor(MediaType.TEXT_PLAIN, file);
        }
        throw new UnreadableFileException(refusal(base.toString(), file.getFileName().toString()));
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
