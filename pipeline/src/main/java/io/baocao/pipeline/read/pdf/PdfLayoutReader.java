package io.baocao.pipeline.read.pdf;

import io.baocao.pipeline.read.DocumentReader;
import io.baocao.pipeline.read.ReadConfig;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.OcrConfig;
import io.baocao.pipeline.read.OcrSummary;
import io.baocao.pipeline.read.ocr.PageOcr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.pdfbox.Loader;
import io.baocao.pipeline.read.FileSignature;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import io.baocao.pipeline.tables.Table;

/**
 * Reads a PDF with PDFBox, keeping what plain text loses: the page of every line, its position and font
 * size, bold runs, and superscripts. A superscript number glued to a word is a footnote anchor and is
 * taken out of the text ({@code HĐND1} → {@code HĐND}); after {@code m} or {@code km} it is an exponent
 * ({@code m2}). Content order is kept as written ({@code sortByPosition=false}), which keeps table rows
 * whole.
 */
public final class PdfLayoutReader implements DocumentReader {
    private static final Set<MediaType> TYPES = Set.of(MediaType.application("pdf"));
    private final long maxChars;
    private final boolean tableRulings;
    private final PageOcr ocr;

    public PdfLayoutReader() {
        this(ReadConfig.DEFAULT);
    }

    public PdfLayoutReader(ReadConfig config) {
        this.maxChars = config.maxChars();
        this.tableRulings = config.tableRulings();
        this.ocr = new PageOcr(config.ocr());
    }

    @Override
    public Set<MediaType> supportedTypes() {
        return TYPES;
    }

    /**
     * Reads a PDF, or says why it cannot: truncated, damaged beyond PDFBox's repair, locked by a user
     * password, or too much text. A PDF that PDFBox repairs (a broken cross-reference table) or that an
     * owner password only restricts is read, with a note saying so.
     */
    @Override
    public SourceText read(Path file) throws IOException {
        PdfStructure.Diagnosis structure = PdfStructure.examine(file);
        switch (structure.finding()) {
            case NO_HEADER -> throw new UnreadableFileException(
                    "not a PDF: named .pdf but the bytes are not a PDF (no %PDF- header) nor any format baocao reads");
            case TRUNCATED -> throw new UnreadableFileException("truncated PDF: " + structure.detail()
                    + "; the download or copy was probably cut short, get the file again");
            default -> {
            }
        }
        boolean repaired = structure.finding() == PdfStructure.Finding.XREF_DAMAGED;
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(
                    "encrypted PDF: it needs a user password to open; ask for a copy without a password", e);
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
                throw e;
            }
            throw new UnreadableFileException(repaired
                    ? "damaged PDF: corrupt cross-reference table (" + structure.detail() + ") that PDFBox could not rebuild: "
                            + oneLine(e)
                    : "damaged PDF, PDFBox cannot read it: " + oneLine(e), e);
        }
        try (doc) {
            SourceText text = read(doc);
            List<String> notes = new ArrayList<>();
            if (text.note() != null) {
                notes.add(text.note());
            }
            if (repaired) {
                notes.add("read after repair: corrupt cross-reference table (" + structure.detail() + ")");
            }
            if (doc.isEncrypted()) {
                notes.add("encrypted with an owner password only: read without a password");
            }
            return notes.isEmpty() ? text : text.withNote(String.join("; ", notes));
        }
    }

    public SourceText read(PDDocument doc) throws IOException {
        ContentPass pass = new ContentPass(maxChars, tableRulings);
        pass.getText(doc);
        List<Table> tables = pass.tables();
        // pages without usable text (a scan, a broken OCR layer, a stamp alone) are rendered and read by
        // Tesseract; their lines replace the page's, and tables built from a garbled layer on those pages
        // are dropped (the OCR'd lines carry the page's text instead)
        PageOcr.Outcome ocrd = ocr.apply(doc, pass.lines);
        if (ocrd.summary().any()) {
            java.util.Set<Integer> replaced = java.util.Set.copyOf(ocrd.summary().pages());
            tables = tables.stream().filter(t -> t.regions().stream().noneMatch(r -> replaced.contains(r.page()))).toList();
        }
        List<String> notes = new ArrayList<>();
        if (pass.legacyPages.note() != null) {
            notes.add(pass.legacyPages.note());
        }
        String unread = ocrNote(ocrd.summary(), ocrd.lines());
        if (unread != null) {
            notes.add(unread);
        }
        return new SourceText(ocrd.lines(), doc.getNumberOfPages(), "pdf", tables,
                notes.isEmpty() ? null : String.join("; ", notes), ocrd.summary(), signatures(doc));
    }

    /** Pages that needed OCR and did not get it, when the file still has text (else it fails, saying why). */
    private static String ocrNote(OcrSummary s, List<TextLine> lines) {
        if (s.unread().isEmpty() || lines.isEmpty()) {
            return null;
        }
        return s.unread().size() + " page(s) without usable text not read (page " + pageList(s.unread()) + "): "
                + s.problem();
    }

    private static String pageList(List<Integer> pages) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pages.size() && i < 10; i++) {
            out.append(i == 0 ? "" : ", ").append(pages.get(i));
        }
        return pages.size() > 10 ? out + " …" : out.toString();
    }

    /**
     * The signer and time of each signature dictionary of an e-signed PDF ({@code /Name}, {@code /M}); a
     * dictionary that cannot be read is left out (the text is read all the same).
     */
    static List<FileSignature> signatures(PDDocument doc) {
        List<FileSignature> out = new ArrayList<>();
        try {
            for (PDSignature s : doc.getSignatureDictionaries()) {
                String name = s.getName() == null || s.getName().isBlank() ? null : s.getName().strip();
                if (name == null) {
                    name = certificateName(s);
                }
                Calendar when = s.getSignDate();
                String signed = when == null ? null
                        : when.toInstant().atZone(when.getTimeZone().toZoneId()).toOffsetDateTime()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
                if (name != null || signed != null) {
                    out.add(new FileSignature(name, signed));
                }
            }
        } catch (RuntimeException e) {
            // a malformed signature field: no signer, the document is read as it is
        }
        return out;
    }

    /**
     * The common name (CN) of the certificate that made a signature: VGCA signatures leave {@code /Name}
     * out and name the signer only there. Read with Bouncy Castle (on the classpath through Tika).
     */
    private static String certificateName(PDSignature s) {
        try {
            byte[] contents = s.getContents();
            if (contents == null || contents.length == 0) {
                return null;
            }
            org.bouncycastle.cms.CMSSignedData cms = new org.bouncycastle.cms.CMSSignedData(contents);
            for (org.bouncycastle.cms.SignerInformation si : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                java.util.Collection<org.bouncycastle.cert.X509CertificateHolder> certs = cms.getCertificates().getMatches(si.getSID());
                for (org.bouncycastle.cert.X509CertificateHolder c : certs) {
                    org.bouncycastle.asn1.x500.RDN[] cn = c.getSubject().getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
                    if (cn.length > 0) {
                        String name = org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue()).strip();
                        return name.isEmpty() ? null : name;
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // no readable certificate: the signer stays unknown
        }
        return null;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}
