package io.baocao.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Real legacy-font documents (from TrizenX/viparse-corpus, see ../shared/realworld/README.md) read against
 * the Unicode transcripts published with them. The transcripts keep the letters' case as typed, where an
 * upper-case font ({@code .VnTimeH}) prints capitals, and their line order differs in the header, so
 * accuracy is measured case-folded. Read without conversion, the character accuracy is 0.755 (TCVN3 PDF)
 * and 0.639 (VNI DOC).
 */
class LegacyFontFilesTest {
    private static final Path DIR = Path.of("src/test/resources/legacy");

    @Test
    void aTcvn3PdfReadsAsItsTranscript() throws Exception {
        SourceText text = io.baocao.pipeline.Pipeline.readers(ReadConfig.DEFAULT).read(DIR.resolve("vn-01-2006-tt-nhnn-tcvn3.pdf"));
        List<String> lines = text.lines().stream().map(TextLine::text).toList();
        // .VnTimeHBold header, in capitals as printed; the number line in .VnTime
        assertTrue(lines.contains("NGÂN HÀNG NHÀ NƯỚC"), lines.toString());
        assertTrue(lines.contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), lines.toString());
        assertTrue(lines.contains("Số : 01/2006/TT-NHNN"), lines.toString());
        assertTrue(lines.contains("Hướng dẫn một số nội dung về góp vốn thành lập"), lines.toString());
        assertTrue(lines.contains("Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa"), lines.toString());
        assertEquals("legacy font text converted to Unicode: TCVN3 on pages 1-2", text.note());
        double accuracy = accuracy(text, "vn-01-2006-tt-nhnn-tcvn3.gt.txt");
        assertTrue(accuracy >= 0.95, "character accuracy " + accuracy);
    }

    @Test
    void aVniWordFileReadsAsItsTranscript() throws Exception {
        SourceText text = io.baocao.pipeline.Pipeline.readers(ReadConfig.DEFAULT).read(DIR.resolve("bp-991-qd-ubnd-2008-vni.doc"));
        List<String> lines = text.lines().stream().map(TextLine::text).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Số: 991/QĐ-UBND") && l.endsWith("Đồng Xoài, ngày 14 tháng5 năm 2008")),
                lines.toString());
        assertTrue(lines.contains("QUYẾT ĐỊNH"), lines.toString());
        assertTrue(lines.contains("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;"), lines.toString());
        // a table cell in VNI with the signer's name typed in Unicode
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("| TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH Trương Tấn Thiệu")), lines.toString());
        assertTrue(text.note().startsWith("legacy font text converted to Unicode: VNI in "), text.note());
        double accuracy = accuracy(text, "bp-991-qd-ubnd-2008-vni.gt.txt");
        assertTrue(accuracy >= 0.96, "character accuracy " + accuracy);
    }

    /** 1 - (edit distance / transcript length), whitespace collapsed and case folded. */
    static double accuracy(SourceText text, String transcript) throws Exception {
        StringBuilder read = new StringBuilder();
        text.lines().forEach(l -> read.append(l.text()).append('\n'));
        String got = fold(read.toString());
        String want = fold(Files.readString(DIR.resolve(transcript), StandardCharsets.UTF_8));
        return 1 - (double) levenshtein(got, want) / want.length();
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
