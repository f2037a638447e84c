package io.baocao.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF made as a 2000s office PDF printer made them: fonts named {@code .VnTimeH}, {@code .VnTime} and
 * {@code VNI-Times} whose codes are the legacy bytes (a simple TrueType font with a Latin-1 encoding, so
 * the text layer reads {@code céng hoµ}), a font named {@code .VnTime} that carries Unicode (as in
 * vn-bc-ktxh-q1-2005-mixed.pdf), and a font whose mapping gives {@code ƣ} for {@code ư}.
 */
class LegacyFontPdfTest {
    @TempDir
    Path dir;

    @Test
    void legacyFontsAreReadAsUnicodeAndTheNoteNamesThePages() throws Exception {
        File dejaVu = dejaVu();
        Assumptions.assumeTrue(dejaVu != null, "no DejaVu fonts (apt-get install fonts-dejavu-core)");
        Path pdf = dir.resolve("legacy-fonts.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont upper = named(PDTrueTypeFont.load(doc, dejaVu, WinAnsiEncoding.INSTANCE), "ABCDEF+.VnTimeH");
            PDFont tcvn3 = named(PDTrueTypeFont.load(doc, dejaVu, WinAnsiEncoding.INSTANCE), "ABCDEG+.VnTime");
            PDFont vni = named(PDTrueTypeFont.load(doc, dejaVu, WinAnsiEncoding.INSTANCE), "VNI-Times");
            PDFont unicodeVnTime;
            PDFont unicode;
            try (InputStream a = new FileInputStream(dejaVu); InputStream b = new FileInputStream(dejaVu)) {
                unicodeVnTime = named(PDType0Font.load(doc, a, false), "ARYWSN+.VnTime");
                unicode = PDType0Font.load(doc, b, false);
            }
            page(doc, List.of(
                    new Object[] {upper, "céng hoµ x· héi chñ nghÜa viÖt nam"},
                    new Object[] {tcvn3, "§éc lËp - Tù do - H¹nh phóc"},
                    new Object[] {vni, "UÛY BAN NHAÂN DAÂN TÆNH BÌNH PHÖÔÙC"}));
            page(doc, List.<Object[]>of(new Object[] {unicodeVnTime, "Tình hình kinh tế - xã hội quý I/2005"}));
            page(doc, List.<Object[]>of(new Object[] {unicode, "Chƣơng I. Quy định chung"}));
            doc.save(pdf.toFile());
        }
        SourceText text = new PdfLayoutReader().read(pdf);
        List<String> lines = text.lines().stream().map(TextLine::text).toList();
        assertEquals(List.of("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", "Tình hình kinh tế - xã hội quý I/2005", "Chương I. Quy định chung"), lines);
        assertEquals("legacy font text converted to Unicode: TCVN3 on page 1, VNI on page 1; "
                + "Vietnamese letters repaired (broken glyph mapping, accents apart from their letter) on page 3", text.note());
    }

    @Test
    void lettersItsToUnicodeMapGivesAsSpacesAreReadFromTheEmbeddedFont() throws Exception {
        // as in vn-47-2020-nd-cp.pdf: the header font's ToUnicode map sends the glyph of H to a space
        File dejaVu = dejaVu();
        Assumptions.assumeTrue(dejaVu != null, "no DejaVu fonts (apt-get install fonts-dejavu-core)");
        Path pdf = dir.resolve("broken-to-unicode.pdf");
        String header = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        String motto = "Độc lập - Tự do - Hạnh phúc";
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = new FileInputStream(dejaVu)) {
                font = PDType0Font.load(doc, in, false);
            }
            StringBuilder cmap = new StringBuilder();
            java.util.Map<Integer, Integer> cids = new java.util.TreeMap<>();
            (header + motto).codePoints().forEach(cp -> {
                try {
                    byte[] b = font.encode(Character.toString(cp));
                    cids.put(((b[0] & 0xFF) << 8) | (b[1] & 0xFF), cp == 'H' ? ' ' : cp);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                    .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                    .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                    .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
                    .append(cids.size()).append(" beginbfchar\n");
            cids.forEach((cid, cp) -> cmap.append(String.format("<%04X> <%04X>%n", cid, cp)));
            cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            org.apache.pdfbox.cos.COSStream stream = doc.getDocument().createCOSStream();
            try (java.io.OutputStream out = stream.createOutputStream()) {
                out.write(cmap.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
            page(doc, List.of(new Object[] {font, header}, new Object[] {font, motto}));
            doc.save(pdf.toFile());
        }
        SourceText text = new PdfLayoutReader().read(pdf);
        assertEquals(List.of(header, motto), text.lines().stream().map(TextLine::text).toList());
        assertEquals("Vietnamese letters repaired (broken glyph mapping, accents apart from their letter) on page 1",
                text.note());
    }

    private static PDFont named(PDFont font, String name) {
        font.getCOSObject().setName(COSName.BASE_FONT, name);
        return font;
    }

    private static void page(PDDocument doc, List<Object[]> lines) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = 780;
            for (Object[] line : lines) {
                cs.beginText();
                cs.setFont((PDFont) line[0], 13);
                cs.newLineAtOffset(72, y);
                cs.showText((String) line[1]);
                cs.endText();
                y -= 30;
            }
        }
    }

    private static File dejaVu() throws Exception {
        Path root = Path.of("/usr/share/fonts");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("DejaVuSans.ttf")).findFirst().map(Path::toFile).orElse(null);
        }
    }
}
