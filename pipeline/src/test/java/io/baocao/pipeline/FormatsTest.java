package io.baocao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.ReferenceRecord;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same report text arrives as HTML, RTF, ODT, plain text, DOCX and DOC: the same records come out. */
class FormatsTest {
    static final String TITLE = "Báo cáo tình hình kinh tế - xã hội quận Cái Răng 6 tháng đầu năm 2024";
    static final String BODY = "Thực hiện Nghị quyết số 15/NQ-HĐND ngày 10 tháng 12 năm 2023 của HĐND quận, "
            + "tổng vốn đầu tư trên địa bàn quận Cái Răng ước đạt 1.250,5 tỷ đồng, đạt 47,2% kế hoạch.";

    @TempDir
    Path dir;

    @Test
    void html() throws Exception {
        Path f = dir.resolve("cai-rang.html");
        Files.writeString(f, "<html><head><meta charset=\"utf-8\"></head><body><h1>BÁO CÁO</h1><h2>" + TITLE + "</h2><p>" + BODY
                + "</p><table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Năm 2024</th></tr>"
                + "<tr><td>1. Tổng vốn đầu tư</td><td>Tỷ đồng</td><td>1.250,5</td></tr></table></body></html>", StandardCharsets.UTF_8);
        List<Record> records = new Pipeline().process(f).records();
        assertCore(records);
        assertTrue(records.stream().anyMatch(r -> r instanceof FigureRecord fr && "Năm 2024".equals(fr.column)
                && fr.value == 1250.5 && "tỷ đồng".equals(fr.unit)), "the table cell is a figure of its column");
    }

    @Test
    void plainText() throws Exception {
        Path f = dir.resolve("cai-rang.txt");
        Files.writeString(f, "BÁO CÁO\n\n" + TITLE + "\n\n" + BODY + "\n", StandardCharsets.UTF_8);
        assertCore(new Pipeline().process(f).records());
    }

    @Test
    void rtf() throws Exception {
        Path f = dir.resolve("cai-rang.rtf");
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs26 "
                + rtfText("BÁO CÁO") + "\\par\\par " + rtfText(TITLE) + "\\par\\par " + rtfText(BODY) + "\\par}";
        Files.writeString(f, rtf, StandardCharsets.US_ASCII);
        assertCore(new Pipeline().process(f).records());
    }

    /** RTF carries Vietnamese as {@code \\uN?} escapes: Word and LibreOffice write it so. */
    private static String rtfText(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> {
            if (c < 128) {
                b.append((char) c);
            } else {
                b.append("\\u").append((int) (short) c).append('?');
            }
        });
        return b.toString();
    }

    @Test
    void odt() throws Exception {
        Path f = dir.resolve("cai-rang.odt");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
                + "<text:p>BÁO CÁO</text:p><text:p>" + TITLE + "</text:p><text:p>" + BODY + "</text:p>"
                + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertCore(new Pipeline().process(f).records());
    }

    @Test
    void docxOfTheCorpusGivesTheSameReferencesAsItsPdf() throws Exception {
        Pipeline pipeline = new Pipeline();
        List<String> pdf = numbers(pipeline.process(Corpus.file("cantho-2023-ke-hoach-22.pdf")).records());
        List<String> docx = numbers(pipeline.process(Corpus.file("cantho-2023-ke-hoach-22.docx")).records());
        assertTrue(pdf.size() > 50);
        assertEquals(pdf, docx);
    }

    /**
     * Word 97 (.doc) goes through Tika's OLE2 parser, not the DOCX one: the corpus DOCX saved as .doc by
     * LibreOffice ({@code soffice --convert-to doc:"MS Word 97"}) must give the references the PDF gives.
     */
    @Test
    void wordNinetySevenOfTheCorpusGivesTheSameReferencesAsItsPdf() throws Exception {
        Path doc = dir.resolve("cantho-2023-ke-hoach-22.doc");
        try (var in = FormatsTest.class.getResourceAsStream("/formats/cantho-2023-ke-hoach-22.doc")) {
            Files.copy(in, doc);
        }
        Pipeline pipeline = new Pipeline();
        List<Record> records = pipeline.process(doc).records();
        List<String> pdf = numbers(pipeline.process(Corpus.file("cantho-2023-ke-hoach-22.pdf")).records());
        assertEquals(pdf, numbers(records));
        assertTrue(records.stream().anyMatch(r -> r instanceof io.baocao.extract.model.DocumentRecord d && "22/KH-UBND".equals(d.number)),
                () -> "document record in " + records);
    }

    private static List<String> numbers(List<Record> records) {
        return records.stream().filter(ReferenceRecord.class::isInstance).map(r -> ((ReferenceRecord) r).number)
                .filter(n -> n != null).sorted().toList();
    }

    private static void assertCore(List<Record> records) {
        assertTrue(records.stream().anyMatch(r -> r instanceof ReferenceRecord ref && "15/NQ-HĐND".equals(ref.number)
                && "2023-12-10".equals(ref.issued)), () -> "reference in " + records);
        assertTrue(records.stream().anyMatch(r -> r instanceof FigureRecord f && f.value == 1250.5 && "tỷ đồng".equals(f.unit)
                && f.metric != null && f.metric.contains("vốn đầu tư")), () -> "figure in " + records);
        assertTrue(records.stream().anyMatch(r -> r instanceof PercentageRecord p && p.value == 47.2
                && "attainment".equals(p.role)));
        assertTrue(records.stream().allMatch(r -> r.jurisdiction == null || r.jurisdiction.equals("quận Cái Răng")),
                () -> "jurisdiction " + records.get(0).jurisdiction);
    }
}
