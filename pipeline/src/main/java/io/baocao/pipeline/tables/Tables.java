package io.baocao.pipeline.tables;

import io.baocao.pipeline.read.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.xml.sax.SAXException;

/** The tables of a file, whatever its format. */
public final class Tables {

    private Tables() {
    }

    /** Any supported file: PDFs via {@link PdfTableReader}, other formats via Tika's XHTML tables. */
    public static List<Table> read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new UnreadableFileException(Files.exists(file) ? "not readable (permission denied)" : "file not found");
        }
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("empty file (0 bytes)");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String type;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            type = TikaConfig.getDefaultConfig().getDetector().detect(in, metadata).getBaseType().toString();
        }
        if (type.equals("application/pdf")) {
            return new io.baocao.pipeline.read.pdf.PdfLayoutReader().read(file).tables();
        }
        return readXhtml(file, metadata);
    }

    private static List<Table> readXhtml(Path file, Metadata metadata) throws IOException {
        XhtmlTables handler = new XhtmlTables();
        ParseContext context = new ParseContext();
        // the default mapper drops colspan and rowspan, which the header paths need
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            new AutoDetectParser().parse(in, handler, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new UnreadableFileException("cannot parse: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
        return TableAssembler.assemble(handler.fragments);
    }
}
