package io.baocao.pipeline.read.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the raw bytes of a PDF say before PDFBox reads it: is there a {@code %PDF-} header, does the
 * file end with its {@code %%EOF} marker, and does {@code startxref} point at a cross-reference section
 * whose entries point at objects. PDFBox repairs a lot silently; this is what lets a reason say what
 * was wrong (a truncated download, a damaged xref) instead of PDFBox's parser message.
 */
final class PdfStructure {
    /** ISO 32000-1 7.5.5 puts the marker on the last line; readers look for it in the last 1024 bytes. */
    private static final int TAIL = 1024;
    private static final int ENTRIES_CHECKED = 20;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})");
    private static final Pattern OBJECT_START = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+obj");
    private static final Pattern SUBSECTION = Pattern.compile("(\\d+)\\s+(\\d+)\\s*[\\r\\n]+");
    private static final Pattern ENTRY = Pattern.compile("(\\d{10})\\s(\\d{5})\\s([nf])");

    enum Finding { FINE, NO_HEADER, TRUNCATED, XREF_DAMAGED }

    record Diagnosis(Finding finding, String detail) {
        static final Diagnosis FINE = new Diagnosis(Finding.FINE, null);
    }

    private PdfStructure() {
    }

    static Diagnosis examine(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            String head = read(f, 0, TAIL);
            if (!head.contains("%PDF-")) {
                return new Diagnosis(Finding.NO_HEADER, "no %PDF- header");
            }
            String tail = read(f, Math.max(0, size - TAIL), TAIL);
            if (!tail.contains("%%EOF")) {
                return new Diagnosis(Finding.TRUNCATED, "it ends without the %%EOF end marker (" + size + " bytes)");
            }
            Matcher m = STARTXREF.matcher(tail);
            long offset = -1;
            while (m.find()) {
                offset = Long.parseLong(m.group(1));
            }
            if (offset < 0) {
                return new Diagnosis(Finding.XREF_DAMAGED, "no startxref before %%EOF");
            }
            if (offset >= size) {
                return new Diagnosis(Finding.XREF_DAMAGED, "startxref points past the end of the file");
            }
            String section = read(f, offset, 4096);
            String lead = section.stripLeading();
            if (OBJECT_START.matcher(section).find()) {
                return Diagnosis.FINE; // a cross-reference stream: PDFBox checks it as it reads it
            }
            if (!lead.startsWith("xref")) {
                return new Diagnosis(Finding.XREF_DAMAGED, "startxref " + offset + " does not point at a cross-reference table");
            }
            return checkEntries(f, size, lead.substring(4));
        }
    }

    /** The first entries of the table must point at "N G obj" where they say. */
    private static Diagnosis checkEntries(RandomAccessFile f, long size, String table) throws IOException {
        Matcher sub = SUBSECTION.matcher(table);
        if (!sub.lookingAt() && !sub.find()) {
            return new Diagnosis(Finding.XREF_DAMAGED, "the cross-reference table has no subsection header");
        }
        long object = Long.parseLong(sub.group(1));
        Matcher e = ENTRY.matcher(table);
        e.region(sub.end(), table.length());
        int found = 0;
        int checked = 0;
        while (checked < ENTRIES_CHECKED && e.find()) {
            found++;
            long at = Long.parseLong(e.group(1));
            if (e.group(3).equals("n") && at > 0) {
                checked++;
                if (at >= size || !OBJECT_START.matcher(read(f, at, 64)).find()) {
                    return new Diagnosis(Finding.XREF_DAMAGED, "the cross-reference entry of object " + object
                            + " points at offset " + at + ", where no object starts");
                }
            }
            object++;
        }
        if (found == 0) {
            return new Diagnosis(Finding.XREF_DAMAGED, "the cross-reference table has no readable entries");
        }
        return Diagnosis.FINE;
    }

    private static String read(RandomAccessFile f, long from, int n) throws IOException {
        long len = Math.min(n, Math.max(0, f.length() - from));
        byte[] b = new byte[(int) len];
        f.seek(from);
        f.readFully(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
