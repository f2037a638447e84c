package io.baocao.pipeline.read.pdf;

import io.baocao.pipeline.read.SourceReader;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.ocr.OcrConfig;
import io.baocao.pipeline.read.ocr.OcrSummary;
import io.baocao.pipeline.read.ocr.PageOcr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import io.baocao.pipeline.tables.PdfTableReader;
import io.baocao.pipeline.tables.Table;

/**
 * Reads a PDF with PDFBox, keeping what plain text loses: the page of every line, its position and font
 * size, bold runs, and superscripts. A superscript number glued to a word is a footnote anchor and is
 * taken out of the text ({@code HĐND1} → {@code HĐND}); after {@code m} or {@code km} it is an exponent
 * ({@code m2}). Content order is kept as written ({@code sortByPosition=false}), which keeps table rows
 * whole.
 */
public final class PdfLayoutReader implements SourceReader {
    private final long maxChars;
    private final PageOcr ocr;

    public PdfLayoutReader() {
        this(Long.MAX_VALUE);
    }

    /** @param maxChars a file with more text than this is refused (its lines would not fit in memory) */
    public PdfLayoutReader(long maxChars) {
        this(maxChars, OcrConfig.DEFAULT);
    }

    /** @param ocr how pages without usable text are read by OCR (or not: {@link OcrConfig#OFF}) */
    public PdfLayoutReader(long maxChars, OcrConfig ocr) {
        this.maxChars = maxChars;
        this.ocr = new PageOcr(ocr);
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
        AnnotationText.inline(doc);
        LineStripper stripper = new LineStripper(maxChars);
        stripper.setSortByPosition(false);
        stripper.setSuppressDuplicateOverlappingText(true);
        stripper.getText(doc);
        List<Table> tables;
        try {
            tables = new PdfTableReader().read(doc);
        } catch (IOException | RuntimeException e) {
            // a table the geometry cannot make out is still read as text: nothing is lost
            tables = List.of();
        }
        // ---- OCR (issue 10): pages without usable text (a scan, a broken OCR layer, a stamp alone) are
        // rendered and read by Tesseract; their lines replace the page's, and tables built from a garbled
        // layer on those pages are dropped (the OCR'd lines carry the page's text instead).
        PageOcr.Outcome ocrd = ocr.apply(doc, stripper.lines);
        if (ocrd.summary().any()) {
            java.util.Set<Integer> replaced = java.util.Set.copyOf(ocrd.summary().pages());
            tables = tables.stream().filter(t -> t.regions().stream().noneMatch(r -> replaced.contains(r.page()))).toList();
        }
        String note = ocrNote(ocrd.summary(), ocrd.lines());
        // ---- end OCR
        return new SourceText(ocrd.lines(), doc.getNumberOfPages(), "pdf", tables, note, ocrd.summary());
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

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    /** A glyph with the geometry the line decisions need. */
    private record Glyph(String text, float x, float y, float width, float size, boolean bold) {
    }

    private static final class LineStripper extends PDFTextStripper {
        final List<TextLine> lines = new ArrayList<>();
        private final List<Glyph> current = new ArrayList<>();
        private final FontWeight weights = new FontWeight();
        private float pageWidth;
        private float pageHeight;
        private final long maxChars;
        private long chars;

        LineStripper(long maxChars) throws IOException {
            super();
            this.maxChars = maxChars;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            int rotation = page.getRotation();
            boolean turned = rotation == 90 || rotation == 270;
            pageWidth = turned ? box.getHeight() : box.getWidth();
            pageHeight = turned ? box.getWidth() : box.getHeight();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                current.add(new Glyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(),
                        isBold(p.getFont())));
            }
        }

        @Override
        protected void writeWordSeparator() {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                current.add(new Glyph(" ", last.x + last.width, last.y, 0, last.size, last.bold));
            }
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            flush();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void count(int n) throws UnreadableFileException {
            chars += n;
            if (chars > maxChars) {
                throw new UnreadableFileException("more than " + maxChars + " characters of text (limit --max-chars)");
            }
        }

        private boolean isBold(PDFont font) {
            return weights.isBold(font);
        }

        private void flush() throws UnreadableFileException {
            if (current.isEmpty()) {
                return;
            }
            count(current.size());
            List<Glyph> glyphs = new ArrayList<>(current);
            current.clear();
            float lineSize = modeSize(glyphs);
            float baseline = baseline(glyphs, lineSize);
            StringBuilder text = new StringBuilder();
            List<Integer> anchors = new ArrayList<>();
            int footnoteNumber = 0;
            int boldChars = 0;
            int letters = 0;
            int i = 0;
            while (i < glyphs.size()) {
                Glyph g = glyphs.get(i);
                if (isSuperscript(g, lineSize, baseline) && Character.isDigit(g.text.charAt(0))) {
                    int j = i;
                    StringBuilder digits = new StringBuilder();
                    while (j < glyphs.size() && isSuperscript(glyphs.get(j), lineSize, baseline)
                            && Character.isDigit(glyphs.get(j).text.charAt(0))) {
                        digits.append(glyphs.get(j).text);
                        j++;
                    }
                    String before = text.toString();
                    if (before.strip().isEmpty()) {
                        // a footnote's own number at the start of its line
                        footnoteNumber = parse(digits.toString());
                    } else if (before.endsWith("m") && (digits.toString().equals("2") || digits.toString().equals("3"))) {
                        text.append(digits);
                    } else {
                        anchors.add(parse(digits.toString()));
                    }
                    i = j;
                    continue;
                }
                text.append(g.text);
                if (Character.isLetter(g.text.charAt(0))) {
                    letters++;
                    if (g.bold) {
                        boldChars++;
                    }
                }
                i++;
            }
            String t = text.toString().replace('\u00A0', ' ');
            if (t.isBlank()) {
                return;
            }
            Glyph first = glyphs.get(0);
            Glyph last = glyphs.get(glyphs.size() - 1);
            for (Glyph g : glyphs) {
                if (!g.text.isBlank()) {
                    first = g;
                    break;
                }
            }
            float width = last.x + last.width - first.x;
            lines.add(new TextLine(getCurrentPageNo(), t.strip(), first.x, baseline, width, lineSize, lineSize,
                    letters > 0 && boldChars * 10 >= letters * 6, anchors, footnoteNumber, false, null, pageWidth,
                    pageHeight));
        }

        private static boolean isSuperscript(Glyph g, float lineSize, float baseline) {
            return g.size < lineSize * 0.88f && g.y < baseline - lineSize * 0.12f;
        }

        private static int parse(String digits) {
            try {
                return Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static float modeSize(List<Glyph> glyphs) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (Glyph g : glyphs) {
                if (!g.text.isBlank()) {
                    counts.merge(Math.round(g.size * 2), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
        }

        private static float baseline(List<Glyph> glyphs, float lineSize) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (Glyph g : glyphs) {
                if (!g.text.isBlank() && g.size >= lineSize * 0.88f) {
                    counts.merge(Math.round(g.y * 2), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                    .orElse(glyphs.get(0).y);
        }
    }
}
