package io.baocao.pipeline.read.office;

import io.baocao.pipeline.read.DocumentReader;
import io.baocao.pipeline.read.ReadConfig;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import io.baocao.pipeline.read.UnreadableFileException;
import io.baocao.pipeline.read.text.LegacyFontText;
import io.baocao.pipeline.read.text.LegacyPages;
import io.baocao.pipeline.tables.Row;
import io.baocao.pipeline.tables.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.TeeContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads DOCX, DOC, ODT, RTF, HTML and plain text through Tika's parsers, keeping the structure their
 * XHTML carries: paragraphs, headings, list items, bold, and tables as rows of cells. These formats have
 * no pages.
 */
public final class TikaReader implements DocumentReader {
    private static final Set<MediaType> TYPES = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("msword"), MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("rtf"), MediaType.TEXT_HTML, MediaType.application("xhtml+xml"), MediaType.TEXT_PLAIN,
            MediaType.application("x-tika-msoffice"), MediaType.application("x-tika-ooxml"));
    /** Tika's SecureContentHandler default: more than 100 characters out per byte in is a zip bomb. */
    private static final long ZIP_BOMB_RATIO = 100;
    /**
     * Made at the first file this reader reads: building it loads Tika's whole configuration (every parser
     * it knows), some 2 % of the CPU of an ingest of 400 small PDFs, paid by every process that reads
     * files, whether or not one of them is an office document.
     */
    private AutoDetectParser parser;
    private final long maxChars;

    public TikaReader(ReadConfig config) {
        this.maxChars = config.maxChars();
    }

    private synchronized AutoDetectParser parser() {
        if (parser == null) {
            parser = new AutoDetectParser();
        }
        return parser;
    }

    @Override
    public Set<MediaType> supportedTypes() {
        return TYPES;
    }

    @Override
    public SourceText read(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BlockHandler handler = new BlockHandler(maxChars);
        XhtmlTables tables = new XhtmlTables();
        ParseContext context = new ParseContext();
        // the default mapper drops colspan and rowspan, which the tables' header paths need
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            // one parse for the text and the tables
            parser().parse(in, new TeeContentHandler(handler, tables), metadata, context);
        } catch (ZeroByteFileException e) {
            throw new UnreadableFileException("empty file (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("encrypted document: it needs a password to open", e);
        } catch (SAXException | TikaException e) {
            throw new UnreadableFileException(reason(e, Files.size(file)), e);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        SourceText text = new SourceText(handler.lines, 0, type == null ? "unknown" : type.replaceAll(";.*", ""), tables.tables());
        return toUnicode(text); // issue 10: legacy fonts (VNI, TCVN3) by statistics per paragraph
    }

    /**
     * Paragraphs (and table cells) typed in a legacy font, which Word keeps as the font's bytes read as
     * Latin-1 ({@code UÛY BAN NHAÂN DAÂN}), made Unicode; broken mappings repaired. Formats read through Tika
     * carry no font names: the statistics of the document and of each paragraph decide.
     */
    static SourceText toUnicode(SourceText text) {
        List<String> paragraphs = new ArrayList<>();
        for (TextLine l : text.lines()) {
            if (l.cells() != null) {
                paragraphs.addAll(l.cells());
            } else {
                paragraphs.add(l.text());
            }
        }
        LegacyFontText legacy = LegacyFontText.forDocument(paragraphs);
        LegacyPages where = new LegacyPages();
        List<TextLine> lines = new ArrayList<>(text.lines().size());
        for (TextLine l : text.lines()) {
            if (l.cells() != null) {
                List<String> cells = new ArrayList<>(l.cells().size());
                for (String c : l.cells()) {
                    LegacyFontText.Line fixed = legacy.paragraph(c);
                    where.record(0, fixed);
                    cells.add(fixed.text());
                }
                lines.add(new TextLine(l.page(), String.join(" | ", cells), l.x(), l.y(), l.width(), l.height(),
                        l.fontSize(), l.bold(), l.anchors(), l.footnote(), l.blockStart(), List.copyOf(cells),
                        l.pageWidth(), l.pageHeight()));
            } else {
                LegacyFontText.Line fixed = legacy.paragraph(l.text());
                where.record(0, fixed);
                lines.add(l.withText(fixed.text()));
            }
        }
        String note = where.note();
        if (note == null) {
            return text;
        }
        List<Table> tables = new ArrayList<>(text.tables().size());
        for (Table t : text.tables()) {
            List<Row> rows = new ArrayList<>(t.rows().size());
            for (Row r : t.rows()) {
                rows.add(new Row(r.page(), r.y(), r.cells().stream().map(c -> legacy.paragraph(c).text()).toList()));
            }
            tables.add(new Table(t.columns().stream().map(c -> legacy.paragraph(c).text()).toList(), rows, t.regions()));
        }
        return new SourceText(lines, text.pages(), text.format(), tables, note);
    }

    /**
     * Tika wraps what went wrong in layers (TIKA-237, tagged SAX exceptions): the reason is read off the
     * whole chain. Zip-bomb protection (Tika's SecureContentHandler, POI's inflate-ratio check) says so.
     */
    private String reason(Exception e, long fileBytes) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LimitException || (t instanceof SAXException sax && WriteLimitReachedException.isWriteLimitReached(sax))) {
                if (maxChars / Math.max(1, fileBytes) > ZIP_BOMB_RATIO) {
                    // our limit can trip before Tika's SecureContentHandler does, on the same evidence
                    return "zip bomb suspected, not read: " + fileBytes + " bytes of file expand to more than " + maxChars
                            + " characters (limit --max-chars)";
                }
                return "more than " + maxChars + " characters of text (limit --max-chars)";
            }
            if (t instanceof EncryptedDocumentException) {
                return "encrypted document: it needs a password to open";
            }
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                // POI's message runs on for a paragraph: its first sentence says it
                String first = m.replaceAll("\\s+", " ").strip().split("(?<=[.!]) ")[0];
                return "zip bomb suspected, not read: " + first;
            }
        }
        return "damaged or unreadable document: " + rootMessage(e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (m == null ? t.getClass().getSimpleName() : m).replaceAll("\\s+", " ");
    }

    /** Thrown by the handler when a file yields more text than the limit. */
    static final class LimitException extends SAXException {
        LimitException() {
            super("character limit reached");
        }
    }

    /** Collects block elements into lines; a table row becomes one line with its cells. */
    private static final class BlockHandler extends DefaultHandler {
        final List<TextLine> lines = new ArrayList<>();
        private final long maxChars;
        private long chars;
        private final StringBuilder buffer = new StringBuilder();
        private List<String> row;
        private StringBuilder cell;
        private int bold;
        private int boldChars;
        private int tableDepth;
        /** Inside {@code <script>} or {@code <style>}: the identity mapper the tables need passes them on. */
        private int hidden;

        BlockHandler(long maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String n = name(local, qName);
            switch (n) {
                case "script", "style" -> hidden++;
                case "table" -> tableDepth++;
                case "tr" -> {
                    if (tableDepth == 1) {
                        row = new ArrayList<>();
                    }
                }
                case "td", "th" -> {
                    if (tableDepth == 1) {
                        cell = new StringBuilder();
                    }
                }
                case "b", "strong" -> bold++;
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "br" -> {
                    if (cell != null) {
                        if (cell.length() > 0) {
                            cell.append(' ');
                        }
                    } else if (!n.equals("br")) {
                        flush();
                    } else {
                        buffer.append('\n');
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            String n = name(local, qName);
            switch (n) {
                case "script", "style" -> hidden = Math.max(0, hidden - 1);
                case "table" -> tableDepth = Math.max(0, tableDepth - 1);
                case "td", "th" -> {
                    if (row != null && cell != null) {
                        row.add(cell.toString().replaceAll("\\s+", " ").strip());
                        cell = null;
                    }
                }
                case "tr" -> {
                    if (row != null && tableDepth == 1) {
                        if (row.stream().anyMatch(c -> !c.isEmpty())) {
                            lines.add(new TextLine(0, String.join(" | ", row), 0, 0, 0, 0, 0, false, List.of(), 0, true,
                                    List.copyOf(row), 0, 0));
                        }
                        row = null;
                    }
                }
                case "b", "strong" -> bold = Math.max(0, bold - 1);
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div" -> {
                    if (cell == null) {
                        flush();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (hidden > 0) {
                return;
            }
            chars += length;
            if (chars > maxChars) {
                throw new LimitException();
            }
            if (cell != null) {
                cell.append(ch, start, length);
            } else {
                buffer.append(ch, start, length);
                if (bold > 0) {
                    boldChars += length;
                }
            }
        }

        @Override
        public void endDocument() {
            flush();
        }

        private void flush() {
            String text = buffer.toString();
            boolean isBold = text.strip().length() > 0 && boldChars * 10 >= text.strip().length() * 6;
            buffer.setLength(0);
            boldChars = 0;
            // plain text arrives as one block: a blank line separates paragraphs, a newline wraps
            String[] paragraphs = text.split("\\n\\s*\\n");
            for (String p : paragraphs) {
                String[] wrapped = p.split("\\n");
                boolean first = true;
                for (String w : wrapped) {
                    String t = w.replace('\u00A0', ' ').strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    lines.add(new TextLine(0, t, 0, 0, 0, 0, 0, isBold, List.of(), 0, first, null, 0, 0));
                    first = false;
                }
            }
        }

        private static String name(String local, String qName) {
            String n = local == null || local.isEmpty() ? qName : local;
            return n.toLowerCase(Locale.ROOT);
        }
    }
}
