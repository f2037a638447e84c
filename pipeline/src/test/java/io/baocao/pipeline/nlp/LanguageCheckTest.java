package io.baocao.pipeline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    // corpus/realworld/vn-bc-congnghiep-t02-2007-tcvn3.pdf as pdftotext reads it (TCVN3 bytes shown as Latin-1)
    private static final String TCVN3 = "Th¸ng 02 n¨m 2007 gi¸ trÞ s¶n xuÊt c«ng nghiÖp (GTSXCN) −íc ®¹t 39.897 tû ®ång"
            + " gi¶m 19% so víi th¸ng 01 n¨m 2007 vµ t¨ng 11,9% so cïng kú";
    // corpus/realworld/bp-991-qd-ubnd-2008-vni.doc as antiword reads it (VNI-Times bytes shown as Latin-1)
    private static final String VNI = "Veà vieäc pheâ duyeät Keá hoaïch thöïc hieän quy hoaïch söû duïng röøng, ñaát röøng";
    // the same report's sentence in Unicode, as baocao reads it
    private static final String UNICODE = "Tháng 02 năm 2007 giá trị sản xuất công nghiệp (GTSXCN) ước đạt 39.897 tỷ đồng"
            + " giảm 19% so với tháng 01 năm 2007 và tăng 11,9% so cùng kỳ";
    private static final String UTF8_AS_CP1252 = "á»¦y ban nhÃ¢n dÃ¢n tá»‰nh bÃ¡o cÃ¡o tÃ¬nh hÃ¬nh kinh táº¿ xÃ£ há»™i";
    private static final String ENGLISH = "The People's Committee of the province reports on the implementation of the socio-economic"
            + " development plan in 2023 and the tasks for 2024.";
    private static final String NO_MARKS = "Ty le giai ngan von dau tu cong dat 95% ke hoach von Thu tuong Chinh phu giao";

    @Test
    void vietnameseIsVietnameseWithoutAskingTheModel() {
        assertEquals(LanguageCheck.Verdict.VIETNAMESE, LanguageCheck.judge(UNICODE));
    }

    @Test
    void legacyFontTextReadAsUnicodeIsMisdecoded() {
        assertEquals(LanguageCheck.Verdict.MISDECODED, LanguageCheck.judge(TCVN3));
        assertEquals(LanguageCheck.Verdict.MISDECODED, LanguageCheck.judge(VNI));
        assertEquals(LanguageCheck.Verdict.MISDECODED, LanguageCheck.judge(UTF8_AS_CP1252));
    }

    @Test
    void anotherLanguageIsNamed() {
        assertEquals("eng", LanguageCheck.judge(ENGLISH).language());
    }

    @Test
    void vietnameseTypedWithoutMarksIsStillVietnamese() {
        assertEquals(LanguageCheck.Verdict.VIETNAMESE, LanguageCheck.judge(NO_MARKS));
    }

    @Test
    void aRuleOfMacronsUnderAHeaderIsNotMojibake() {
        // corpus/realworld/bd-cv-ttpvhcc-kyso-2020-signed.pdf, page 1, as baocao reads it
        assertEquals(LanguageCheck.Verdict.VIETNAMESE,
                LanguageCheck.judge("¯¯¯¯¯¯ ¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯ Số: /VPUBND-TTPVHCC V/v sử dụng chữ ký số trên Phiếu tiếp nhận"));
    }

    @Test
    void shortPassagesAreNotJudged() {
        assertEquals(LanguageCheck.Verdict.UNJUDGED, LanguageCheck.judge("1.508 tỷ đồng"));
    }

    @Test
    void theFileFindingCountsAndShowsTheFirstExample() {
        LanguageFlags flags = new LanguageCheck().check(List.of(passage(1, UNICODE), passage(2, TCVN3), passage(3, VNI),
                passage(4, ENGLISH), passage(5, "12,5")));
        assertEquals(4, flags.judged());
        assertEquals(2, flags.misdecoded());
        assertEquals(1, flags.notVietnamese());
        assertTrue(flags.misdecodedExample().startsWith("p. 2: \"Th¸ng 02"), flags.misdecodedExample());
        String words = flags.describe();
        assertTrue(words.contains("2 of 4 passages look like mis-decoded Vietnamese"), words);
        assertTrue(words.contains("1 of 4 passages are not Vietnamese (eng: 1)"), words);
    }

    @Test
    void aVietnameseFileHasNothingToSay() {
        LanguageFlags flags = new LanguageCheck().check(List.of(passage(1, UNICODE), passage(2, NO_MARKS)));
        assertFalse(flags.any());
        assertNull(flags.describe());
    }

    private static Passage passage(int page, String text) {
        return new Passage("t", page, null, text, Passage.Kind.SENTENCE, DocumentContext.EMPTY, null);
    }
}
