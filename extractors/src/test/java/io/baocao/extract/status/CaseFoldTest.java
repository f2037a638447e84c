package io.baocao.extract.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The status phrases matched on case-folded text find what {@code (?iu)} matching of the phrases as written
 * finds, at the same offsets: on sentences of the corpus's reports, and on the same sentences in capitals
 * (headings and table cells are often typed so).
 */
class CaseFoldTest {
    /** Sentences of corpus/ (the reports of Cần Thơ), with the phrases the extractor found in them. */
    static final List<String> SENTENCES = List.of(
            "phẩm, hàng hóa đến năm 2030 trên địa bàn thành phố Cần Thơ: Hoàn thành giải ngân hỗ trợ 10 doanh nghiệp",
            "Trong đó: 213 dự án đang hoạt động, 15 dự án đang xây dựng, 05 dự án chưa xây dựng và 23 dự án ngưng hoạt động.",
            "thành phố đã thực hiện hoàn thành đưa vào sử dụng 03 khu tái định cư gồm:",
            "UBND các quận, huyện đã và đang triển khai, thực hiện thu hồi đất đối với diện tích",
            "03 đơn vị đã có kết quả một phần và đang tiếp tục khẩn trương tổ chức lựa chọn nhà thầu theo quy định;",
            "07 nhiệm vụ đã hoàn thành; 13 nhiệm vụ chưa triển khai; 12 nhiệm vụ đang trong quá trình thực hiện.",
            "- Tổ chức thực hiện hoặc được ban hành các Chương trình, đề án, kế hoạch cụ thể",
            "- 02 dự án được tổ chức thực hiện sau năm 2024.",
            "- 11 nhiệm vụ đã tổ chức thực hiện, đã được ban hành các Chương trình, Đề án, Kế hoạch cụ thể",
            "- 02 nhiệm vụ cơ quan chuyên môn đang rà soát, tham mưu UBND thành phố về lộ trình và",
            "kết quả thực hiện năm 2022 và năm 2023 chưa đạt được mức tăng thu theo quy định nên chưa được hưởng",
            "e) Thu hút đầu tư ngoài ngân sách chưa đạt kết quả như kỳ vọng, chưa thu hút các dự án có quy mô lớn;",
            "ước đến cuối năm 2024 có 13/17 chỉ tiêu đạt, 04/17 chỉ tiêu cần phải tập trung thực hiện",
            "a) 13/17 chỉ tiêu cơ bản đạt tiến độ thực hiện, có khả năng đạt chỉ tiêu đề ra",
            "Các chỉ tiêu được công bố kết quả ước thực hiện tại thời điểm cuối năm.",
            "Tổng sản phẩm trên địa bàn (GRDP) | % | 5,75 | 7,5-8,0 | 5,86 |  |  | Chưa đạt NQ",
            "Thu nhập bình quân đầu người (Giá HH) | Tr.đồng | 94,12 | 104-106 | 104 |  | 110,20 | Cơ bản đạt NQ",
            "Tỷ lệ huy động học sinh đi học đúng độ tuổi |  |  |  |  |  |  | Vượt NQ",
            "Chính phủ, Thủ tướng Chính phủ | Đã thực hiện và tiếp tục thực hiện, dự kiến sẽ kiến nghị",
            "UBND TP Cần Thơ | UBND thành phố đã ban hành Kế hoạch số 55/KH-UBND ngày 16/3/2023",
            "Ban Quản lý dự án ODA | Đang triển khai thi công | 2016 - 2024 | Vốn ODA",
            "Sở Giao thông vận tải | Sau năm 2024 | 2026 - 2030 | NSNN và các nguồn huy động",
            "Đến nay đã thực hiện hoàn thành Kế hoạch số 12",
            "- Đã thực hiện.");

    @Test
    void foldedPhrasesFindWhatCaseInsensitivePhrasesFind() {
        int found = 0;
        for (String sentence : SENTENCES) {
            for (String text : List.of(sentence, sentence.toUpperCase(Locale.ROOT), sentence.toLowerCase(Locale.ROOT))) {
                String folded = CaseFold.text(text);
                assertEquals(text.length(), folded.length());
                for (String regex : StatusVocabulary.WRITTEN) {
                    List<String> expected = spans(Pattern.compile("(?iu)(?<![\\p{L}])" + regex), text);
                    List<String> actual = spans(Pattern.compile("(?<![\\p{L}])" + CaseFold.pattern(regex)), folded);
                    assertEquals(expected, actual, regex + " on: " + text);
                    found += expected.size();
                }
            }
        }
        // the sentences hold phrases of every kind: the comparison is not of empty lists
        assertEquals(true, found > 3 * SENTENCES.size(), "found " + found);
    }

    @Test
    void capitalsAndCellsAreRead() {
        assertEquals("done", StatusVocabulary.statusOf("ĐÃ HOÀN THÀNH"));
        assertEquals("not_met", StatusVocabulary.statusOf("Chưa đạt NQ"));
        // "(?= [\p{Lu}Đ])" under (?iu) is any cased letter: the folded form keeps that meaning
        assertEquals("done", StatusVocabulary.statusOf("thực hiện hoàn thành đưa vào sử dụng"));
    }

    @Test
    void constructsThatDependOnCaseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CaseFold.pattern("(?i)đạt"));
        assertThrows(IllegalArgumentException.class, () -> CaseFold.pattern("\\p{IsUppercase}đạt"));
        assertThrows(IllegalArgumentException.class, () -> CaseFold.pattern("[A-Z]đạt"));
        assertEquals("[\\p{LC}đ]", CaseFold.pattern("[\\p{Lu}Đ]"));
        assertEquals("(?<=^|[;:.] )hoàn thành(?! \\d)", CaseFold.pattern("(?<=^|[;:.] )Hoàn Thành(?! \\d)"));
    }

    private static List<String> spans(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
