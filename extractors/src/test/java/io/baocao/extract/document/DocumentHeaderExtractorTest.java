package io.baocao.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers of the genre (Nghị định 30/2020/NĐ-CP, Phụ lục I) as real files give them to the extractor. */
class DocumentHeaderExtractorTest {
    private final DocumentHeaderExtractor extractor = new DocumentHeaderExtractor();

    private static List<Passage> passages(Object... kindAndText) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < kindAndText.length; i += 2) {
            out.add(new Passage("d", 1, null, (String) kindAndText[i + 1], (Passage.Kind) kindAndText[i],
                    DocumentContext.EMPTY, null));
        }
        return out;
    }

    @Test
    void aMottoWhoseMarksOcrGotWrongIsStillTheMotto() {
        // ld-298-ttr-cat-pc04-2025-ocr: Tesseract's "CHÚ NGHĨA"; the issuer is the body, not the motto
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHÚ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "CÔNG AN TỈNH LÂM ĐỎNG Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "TỜ TRÌNH",
                Passage.Kind.HEADER, "V/v xin chủ trương triển khai thực hiện công tác cai nghiện ma túy tự nguyện"), 1);
        assertEquals("Tờ trình", d.kind);
        assertEquals("Công an tỉnh Lâm Đỏng", d.issuer);
    }

    @Test
    void twoColumnHeaderOfALetterReadAsColumns() {
        // a ministry's công văn: both columns run together on the first line, the subject line under the number
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 8151 /BNV-CCHC V/v lấy ý kiến góp ý dự thảo Báo cáo Sơ kết giai đoạn 2021 - 2025",
                Passage.Kind.HEADER, "Hà Nội, ngày 18 tháng 9 năm 2025",
                Passage.Kind.SENTENCE, "Kính gửi:",
                Passage.Kind.SENTENCE, "Thực hiện Quyết định số 145/QĐ-BNV ngày 03/3/2025 của Bộ trưởng Bộ Nội vụ …"), 1);
        assertEquals("Công văn", d.kind);
        assertEquals("8151/BNV-CCHC", d.number);
        assertEquals("2025-09-18", d.issued);
        assertEquals("Hà Nội", d.place);
        assertEquals("Bộ Nội vụ", d.issuer);
        assertEquals("V/v lấy ý kiến góp ý dự thảo Báo cáo Sơ kết giai đoạn 2021 - 2025", d.title);
        assertEquals(2025, d.year, "a span in the title is not the document's year");
        assertFalse(d.draft);
        assertNull(d.period, "a letter reports on no period");
    }

    @Test
    void aCentralBodysDocumentIsOfTheCountryNotOfTheCityItIsIssuedIn() {
        // the ministry's letter above: Hà Nội is where it is issued, the whole country what it is about
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 8151 /BNV-CCHC V/v lấy ý kiến góp ý dự thảo Báo cáo Sơ kết giai đoạn 2021 - 2025",
                Passage.Kind.HEADER, "Hà Nội, ngày 18 tháng 9 năm 2025",
                Passage.Kind.SENTENCE, "Kính gửi: Các bộ, cơ quan ngang bộ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
                Passage.Kind.SENTENCE, "Đến nay, thành phố Hồ Chí Minh, tỉnh Quảng Ninh và thành phố Đà Nẵng đã hoàn thành số hóa hồ sơ."), 1);
        assertEquals("Việt Nam", d.jurisdiction);
    }

    @Test
    void aCentralBodysLetterAboutOneProvinceIsOfThatProvince() {
        // vn-3980-c04-p6-2025: the police department of the ministry writes to one province about its figures
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "CỤC CẢNH SÁT ĐIỀU TRA TỘI PHẠM VỀ MA TUÝ",
                Passage.Kind.HEADER, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 3980/C04-P6 Hà Nội, ngày 28 tháng 8 năm 2025",
                Passage.Kind.SENTENCE, "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng.",
                Passage.Kind.SENTENCE, "Trong 6 tháng đầu năm 2025, lực lượng chức năng tỉnh Lâm Đồng đã phát hiện 120 vụ.",
                Passage.Kind.SENTENCE, "Đề nghị tỉnh Lâm Đồng chỉ đạo Công an tỉnh và huyện Đức Trọng triển khai; Thành phố Hồ Chí Minh phối hợp."), 1);
        assertEquals("tỉnh Lâm Đồng", d.jurisdiction);
    }

    @Test
    void theParentBodyOfTheIssuerColumnNamesThePlace() {
        // bd-cv-ttpvhcc-dongphuc-2020: the province is named only by the parent line; the subject line ends in
        // "tỉnh" and the next line starts "Kính gửi", which is no province
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "VĂN PHÒNG UBND TỈNH BÌNH ĐỊNH",
                Passage.Kind.HEADING, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: /VPUBND-TTPVHCC Bình Định, ngày tháng 7 năm 2020",
                Passage.Kind.HEADER, "V/v trang bị đồng phục cho nhân sự chính thức làm việc tại Trung tâm Phục vụ hành chính công tỉnh",
                Passage.Kind.SENTENCE, "Kính gửi: Sở Tư pháp."), 1);
        assertEquals("tỉnh Bình Định", d.jurisdiction);
    }

    @Test
    void aBodysNameOverTwoLinesOfTheIssuerColumnWithTheMottoBetween() {
        // bdg-09-2009-ct-ubnd.doc: the Word layout table read row by row puts the motto inside the body's name
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "TỈNH BÌNH DƯƠNG",
                Passage.Kind.HEADER, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 09/2009/CT-UBND Thủ Dầu Một, ngày 15 tháng 4 năm 2009",
                Passage.Kind.HEADING, "CHỈ THỊ",
                Passage.Kind.HEADING, "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở",
                Passage.Kind.SENTENCE, "Trong thời gian qua, hoạt động khoa học và công nghệ cấp sở, ban, ngành được tỉnh quan tâm."), 1);
        assertEquals("Ủy ban nhân dân tỉnh Bình Dương", d.issuer);
        assertEquals("tỉnh Bình Dương", d.jurisdiction);
        assertEquals("09/2009/CT-UBND", d.number);
    }

    @Test
    void parentBodyThenIssuingUnitAndADateTypedWithoutSpaces() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "UBND TỈNH BÌNH ĐỊNH",
                Passage.Kind.HEADING, "VĂN PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 243 /TB-VPUBND Bình Định, ngày 27 tháng 05năm 2020",
                Passage.Kind.HEADING, "THÔNG BÁO",
                Passage.Kind.HEADING, "Về việc phân công nhiệm vụ theo dõi, tham mưu đề xuất",
                Passage.Kind.SENTENCE, "Căn cứ Quyết định số 10/QĐ-UBND …"), 1);
        assertEquals("Thông báo", d.kind);
        assertEquals("243/TB-VPUBND", d.number);
        assertEquals("2020-05-27", d.issued);
        assertEquals("Văn phòng UBND tỉnh Bình Định", d.issuer);
        assertEquals("Về việc phân công nhiệm vụ theo dõi, tham mưu đề xuất", d.title);
    }

    @Test
    void blankNumberIsADraftOnlyWhenTheDayIsBlankToo() {
        DocumentRecord unsigned = extractor.read("d", passages(
                Passage.Kind.HEADING, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
                Passage.Kind.TABLE_ROW, "Số: /TB-UBND | Lâm Đồng, ngày tháng 4 năm 2026",
                Passage.Kind.HEADING, "THÔNG BÁO",
                Passage.Kind.HEADING, "Kết luận của đồng chí Phó Chủ tịch UBND tỉnh"), 1);
        assertNull(unsigned.number);
        assertNull(unsigned.issued);
        assertTrue(unsigned.draft);
        assertEquals("Lâm Đồng", unsigned.place);

        DocumentRecord signed = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ NỘI VỤ",
                Passage.Kind.HEADER, "Số:    /BNV-CCHC",
                Passage.Kind.HEADER, "Hà Nội, ngày 18 tháng 9 năm 2025",
                Passage.Kind.HEADER, "V/v góp ý dự thảo"), 1);
        assertNull(signed.number);
        assertEquals("2025-09-18", signed.issued);
        assertFalse(signed.draft, "a signed letter whose number was drawn elsewhere is not a draft");
    }

    @Test
    void kindLineWithItsTitleOnOneLineAndNoHeader() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 NĂM 2007 1. Tình hình chung:",
                Passage.Kind.SENTENCE, "Giá trị sản xuất công nghiệp tháng 02 tăng 15,2%."), 1);
        assertEquals("Báo cáo", d.kind);
        assertEquals("VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 NĂM 2007", d.title);
        assertNull(d.number);
        assertNull(d.issuer);
    }

    @Test
    void partyDocumentHeader() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM",
                Passage.Kind.HEADER, "Số 59-NQ/TW Hà Nội, ngày 24 tháng 01 năm 2019",
                Passage.Kind.HEADING, "NGHỊ QUYẾT",
                Passage.Kind.HEADING, "CỦA BỘ CHÍNH TRỊ",
                Passage.Kind.HEADING, "về hội nhập quốc tế"), 1);
        assertEquals("Nghị quyết", d.kind);
        assertEquals("59-NQ/TW", d.number);
        assertEquals("2019-01-24", d.issued);
        assertEquals("ban chấp hành trung ương", d.issuer.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void headerThatCannotBeReadGivesNullsNotAParagraph() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.SENTENCE, "Trong 06 tháng đầu năm 2025, lực lượng chức năng toàn tỉnh bắt giữ 461 vụ/873 đối tượng.",
                Passage.Kind.SENTENCE, "Toàn tỉnh hiện có 7.503 người nghiện."), 1);
        assertNull(d.number);
        assertNull(d.issuer);
        assertNull(d.title);
        assertNull(d.place);
    }

    @Test
    void appendixToADocumentWhoseNumberIsStillBlank() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADER, "MẪU PHIẾU GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                Passage.Kind.HEADER, "(Kèm theo Công văn số: /VPUBND-TTVPVHCC ngày /7/2020 của Văn phòng Ủy ban nhân dân tỉnh)"), 1);
        assertEquals("Mẫu phiếu", d.kind);
        assertEquals("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", d.title);
        assertTrue(d.draft);
        assertEquals(2020, d.year);
    }

    @Test
    void signatureStampPrintedOnThePage() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ NỘI VỤ",
                Passage.Kind.HEADER, "Số: 8151/BNV-CCHC",
                Passage.Kind.HEADER, "Hà Nội, ngày 18 tháng 9 năm 2025",
                Passage.Kind.HEADER, "Ký bởi: Nguyễn Văn Hồi Cơ quan: Bộ Nội vụ Ngày ký: 18.09.2025 15:02:47 +07:00"), 1);
        assertEquals("Nguyễn Văn Hồi", d.signer);
        assertEquals("2025-09-18T15:02:47+07:00", d.signed);
    }

    @Test
    void aMonthlyReportIsOfTheMonthItsTitleNames() {
        // vn-bc-nln-t01-2006 and vn-bc-congnghiep-t02-2007: the title's month, not "2 tháng" (two months) nor the year
        DocumentRecord jan = extractor.read("d", passages(
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.HEADING, "TÌNH HÌNH THỰC HIỆN THÁNG 1 NĂM 2006 NGÀNH NÔNG LÂM NGƯ NGHIỆP I. Tình hình chung:",
                Passage.Kind.SENTENCE, "Tháng 1 năm 2006 sản xuất nông nghiệp tập trung vào thu hoạch lúa mùa."), 6);
        assertEquals("2006-01", jan.period);
        assertEquals("TÌNH HÌNH THỰC HIỆN THÁNG 1 NĂM 2006 NGÀNH NÔNG LÂM NGƯ NGHIỆP", jan.title,
                "the body's first heading run on to the title line is not the title");
        DocumentRecord feb = extractor.read("d", passages(
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.HEADING, "VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007"), 4);
        assertEquals("2007-02", feb.period);
        DocumentRecord quarter = extractor.read("d", passages(
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.HEADING, "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3 VÀ QUÝ I NĂM 2005"), 20);
        assertEquals("2005-Q1", quarter.period, "a quarter named beside its last month is the quarter");
    }

    @Test
    void aTitleInWordsEndsWhereCapitalsBegin() {
        // bp-991-qd-ubnd-2008-vni: the enacting body printed under a decision's title is not part of it
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADER, "Số: 991/QĐ-UBND Đồng Xoài, ngày 14 tháng5 năm 2008",
                Passage.Kind.HEADING, "QUYẾT ĐỊNH",
                Passage.Kind.HEADING, "Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng, đất rừng",
                Passage.Kind.HEADING, "và đất chuyển ra khỏi lâm phần sau rà soát quy hoạch 03 loại rừng",
                Passage.Kind.HEADING, "ỦY BAN NHÂN DÂN TỈNH",
                Passage.Kind.SENTENCE, "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;"), null);
        assertEquals("Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng, đất rừng và đất chuyển ra khỏi lâm phần"
                + " sau rà soát quy hoạch 03 loại rừng", d.title);
    }

    @Test
    void anOcrdTitleReadAsASentenceIsStillTheTitle() {
        // vn-79-tb-vpcp-2022-scan: OCR gives no headings; the line under the kind line is its title
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "VĂN PHÒNG CHÍNH PHỦ",
                Passage.Kind.HEADING, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "Số: 79/TB-VPCP",
                Passage.Kind.HEADER, "Hà Nội, ngày 22 tháng 3 năm 2022",
                Passage.Kind.HEADING, "THÔNG BÁO",
                Passage.Kind.SENTENCE, "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Phiên họp thứ nhất Ban Chỉ đạo",
                Passage.Kind.SENTENCE, "Ngày 09 tháng 3 năm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ đã chủ trì Phiên họp."), 5);
        assertEquals("Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Phiên họp thứ nhất Ban Chỉ đạo", d.title);
        DocumentRecord body = extractor.read("d", passages(
                Passage.Kind.HEADING, "THÔNG BÁO",
                Passage.Kind.SENTENCE, "Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân tháng 5 như sau:"), 1);
        assertNull(body.title, "a sentence ending in a colon opens the body");
    }

    @Test
    void aRegulationIssuedWithADecisionTakesItsTitleToTheAttachedLineAndItsDay() {
        // hn-15-2010-qd-ubnd: the Quy định after the decision, its header in a layout table
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.TABLE_ROW, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI _____ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ________",
                Passage.Kind.HEADING, "QUY ĐỊNH",
                Passage.Kind.HEADING, "Về quản lý, cung cấp, sử dụng Internet tại các đại lý",
                Passage.Kind.SENTENCE, "Internet trên địa bàn Thành phố Hà Nội (Ban hành kèm theo Quyết định số 15/2010/QĐ-UBND"
                        + " ngày 26 tháng 4 năm 2010 của Ủy ban nhân dân Thành phố Hà Nội)",
                Passage.Kind.HEADING, "Chương I"), null);
        assertEquals("Về quản lý, cung cấp, sử dụng Internet tại các đại lý Internet trên địa bàn Thành phố Hà Nội", d.title);
        assertEquals("2010-04-26", d.issued, "issued with the decision, on its day");
        assertNull(d.number, "the decision's number is not the regulation's");
        assertFalse(d.issuer.contains("|"), d.issuer);
    }

    @Test
    void aNumberLeftBlankStillNamesItsIssuerByItsCode() {
        // bth-tb-giaithe-hoi-2024-draft: the issuer column is lost with the Word file's text box; "/TB-UBND" remains
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.TABLE_ROW, "Số: /TB-UBND | Bình Thuận, ngày tháng 12 năm 2024",
                Passage.Kind.HEADING, "THÔNG BÁO",
                Passage.Kind.HEADING, "V/v chuẩn bị giải thể đối với một số hội quần chúng cấp tỉnh",
                Passage.Kind.SENTENCE, "1. Thống nhất việc giải thể 06 hội gồm: Hội Cựu giáo chức tỉnh Bình Thuận, Hội Làm vườn"
                        + " tỉnh Bình Thuận."), null);
        assertNull(d.number);
        assertTrue(d.draft);
        assertEquals("Ủy ban nhân dân tỉnh Bình Thuận", d.issuer);
    }

    @Test
    void aDistrictsOrCommunesDocumentIsOfThatPlace() {
        // the issuer column names the district or commune; its province named in the text is not the jurisdiction
        DocumentRecord district = extractor.read("d", passages(
                Passage.Kind.HEADING, "UBND HUYỆN PHÙ CÁT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 112/BC-TCKH Phù Cát, ngày 20 tháng 12 năm 2022",
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.HEADING, "Kết quả thực hiện kế hoạch đầu tư công năm 2022",
                Passage.Kind.SENTENCE, "Năm 2022, UBND tỉnh Bình Định giao kế hoạch vốn cho huyện Phù Cát 120 tỷ đồng;"
                        + " tỉnh Bình Định bổ sung 15 tỷ đồng."), 1);
        assertEquals("huyện Phù Cát", district.jurisdiction);
        assertEquals("Phòng Tài chính - Kế hoạch", district.issuer);
        DocumentRecord commune = extractor.read("d", passages(
                Passage.Kind.HEADING, "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "XÃ TỊNH HÀ Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 12/BC-UBND Tịnh Hà, ngày 20 tháng 12 năm 2022",
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.HEADING, "Tình hình kinh tế - xã hội năm 2022",
                Passage.Kind.SENTENCE, "Năm 2022, xã Tịnh Hà đạt 15 chỉ tiêu huyện Sơn Tịnh giao."), 1);
        assertEquals("xã Tịnh Hà", commune.jurisdiction);
        assertEquals("Ủy ban nhân dân xã Tịnh Hà", commune.issuer);
    }

    @Test
    void aPlaceOnlyTheHeaderNamesIsATemplatesPlace() {
        // a header copied from another place's template: the unit it names is never spoken of below it
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "UBND HUYỆN PHÙ CÁT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADER, "Số: 112/BC-UBND Phù Cát, ngày 20 tháng 12 năm 2022",
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.SENTENCE, "Năm 2022, huyện Tây Sơn giải ngân 120 tỷ đồng, huyện Tây Sơn đạt kế hoạch."), 1);
        assertEquals("huyện Tây Sơn", d.jurisdiction);
    }

    @Test
    void aPartyResolutionsHeader() {
        // Hướng dẫn 36-HD/VPTW: the committee left, its star, "Số 45-NQ/TU"; the organ under the kind line
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "TỈNH ỦY BÌNH ĐỊNH",
                Passage.Kind.HEADING, "*",
                Passage.Kind.HEADER, "Số 45-NQ/TU",
                Passage.Kind.HEADING, "ĐẢNG CỘNG SẢN VIỆT NAM",
                Passage.Kind.HEADER, "Quy Nhơn, ngày 03 tháng 8 năm 2021",
                Passage.Kind.HEADING, "NGHỊ QUYẾT",
                Passage.Kind.HEADING, "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
                Passage.Kind.HEADING, "về chuyển đổi số tỉnh Bình Định đến năm 2025, định hướng đến năm 2030",
                Passage.Kind.SENTENCE, "Căn cứ Điều lệ Đảng;"), 1);
        assertEquals("45-NQ/TU", d.number);
        assertEquals("Tỉnh ủy Bình Định", d.issuer);
        assertEquals("tỉnh Bình Định", d.jurisdiction);
        assertEquals("về chuyển đổi số tỉnh Bình Định đến năm 2025, định hướng đến năm 2030", d.title);
        assertEquals("2021", d.period, "the month of the day it was signed is no period");
        DocumentRecord report = extractor.read("d", passages(
                Passage.Kind.HEADING, "ĐẢNG BỘ TỈNH QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM",
                Passage.Kind.HEADER, "HUYỆN ỦY SƠN TỊNH",
                Passage.Kind.HEADER, "Số 125-BC/HU Sơn Tịnh, ngày 15 tháng 6 năm 2023",
                Passage.Kind.HEADING, "BÁO CÁO",
                Passage.Kind.HEADING, "sơ kết 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023",
                Passage.Kind.SENTENCE, "Đảng bộ huyện Sơn Tịnh lãnh đạo thực hiện nhiệm vụ của tỉnh Quảng Ngãi giao."), 1);
        assertEquals("Huyện ủy Sơn Tịnh", report.issuer);
        assertEquals("huyện Sơn Tịnh", report.jurisdiction);
    }

    @Test
    void aTableHeadedOnlyByItsKemTheoLineIsAnAppendix() {
        // a commune's indicator table: no kind line, its parent report's number still a blank to fill
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.SENTENCE, "(Kèm theo Báo cáo số: ..../BC-UBND, ngày ... tháng 12 năm 2023 của UBND xã Tân Phú)",
                Passage.Kind.TABLE_ROW, "STT | Chỉ tiêu | ĐVT | KH 2023 | TH 2023",
                Passage.Kind.TABLE_ROW, "1 | Tổng giá trị sản xuất | tỷ đồng | 100 | 105"), 1);
        assertEquals("Phụ lục", d.kind);
        assertTrue(d.draft, "its parent is a draft");
        assertEquals("UBND xã Tân Phú", d.issuer);
        assertEquals("xã Tân Phú", d.jurisdiction);
        DocumentRecord decree = extractor.read("d", passages(
                Passage.Kind.HEADING, "Phụ lục I",
                Passage.Kind.HEADING, "MẪU BÁO CÁO",
                Passage.Kind.SENTENCE, "(Kèm theo Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ)"), 1);
        assertEquals("2020-04-09", decree.issued, "a decree's appendix is of the decree's day");
        DocumentRecord letter = extractor.read("d", passages(
                Passage.Kind.SENTENCE, "Sở Nội vụ gửi hồ sơ đề nghị khen thưởng (kèm theo danh sách) để Ủy ban nhân dân tỉnh xem xét."), 1);
        assertEquals("Văn bản", letter.kind, "a list attached in a sentence makes no appendix");
    }

    @Test
    void aListAttachedToALetterIsOfTheLettersPlace() {
        // DANH MỤC … (Kèm theo Công văn số …): its rows name districts; the list is the province's, as its letter is
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "DANH MỤC",
                Passage.Kind.HEADING, "CÁC TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG",
                Passage.Kind.SENTENCE, "(Kèm theo Công văn số 1234/SNV-TĐKT ngày 05/3/2024 của Sở Nội vụ)",
                Passage.Kind.LIST_ITEM, "1. Phòng Văn hóa huyện Duy Xuyên.",
                Passage.Kind.LIST_ITEM, "2. Phòng Nội vụ huyện Núi Thành."), 1, "tỉnh Quảng Nam");
        assertEquals("tỉnh Quảng Nam", d.jurisdiction);
        assertEquals("2024-03-05", d.issued);
        assertEquals("Sở Nội vụ", d.issuer);
    }

    @Test
    void aBodysNameOverTwoLinesUnderItsParent() {
        // vn-3980-c04-p6-2025-scan (OCR): the department's name runs over two lines of the issuer column
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "CỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADING, "TỘI PHẠM VẺ MA TUÝ",
                Passage.Kind.HEADER, "Số: 3980/C04-P6 Hà Nội, ngày 28 tháng 8 năm 2025"), 3);
        assertEquals("Cục Cảnh sát điêu tra tội phạm vẻ ma tuý", d.issuer);
        DocumentRecord twoBodies = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "KHO BẠC NHÀ NƯỚC Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 12/KBNN-KT Hà Nội, ngày 28 tháng 8 năm 2025"), 3);
        assertEquals("Kho bạc nhà nước", twoBodies.issuer, "a body under its parent is not the parent's name run on");
    }

    @Test
    void aBareListIsTitledByWhatItsRowsNameAndDatedByTheirYears() {
        // bgddt-nhiemvu-2017: a tracking system's export, a table with no header block
        List<String> columns = List.of("STT", "Tên nhiệm vụ", "Đơn vị /Cá nhân đầu mối", "Thời hạn HT", "Trạng thái");
        List<Passage> rows = new ArrayList<>();
        for (String[] cells : new String[][] {
                {"1", "Xây dựng văn bản hướng dẫn về công tác thanh tra năm 2017.", "Cục KTKĐ", "15/04/2017", "Đã hoàn thành"},
                {"2", "Hoàn thiện kế hoạch sửa đổi Luật giáo dục đại học", "Vụ GDĐH", "15/04/2017", "Đã hoàn thành"}}) {
            rows.add(new Passage("d", 1, null, String.join(" | ", cells), Passage.Kind.TABLE_ROW, DocumentContext.EMPTY,
                    new Passage.TableRow(List.of(cells), columns, null, null)));
        }
        DocumentRecord d = extractor.read("d", rows, 5);
        assertEquals("Danh sách", d.kind);
        assertEquals("Danh sách nhiệm vụ", d.title);
        assertEquals(2017, d.year);
    }

    @Test
    void aPlaceOfIssueThatKeepsItsLevel() {
        for (String place : List.of("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh")) {
            DocumentRecord d = extractor.read("d", passages(
                    Passage.Kind.HEADING, "UBND THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    Passage.Kind.HEADING, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ Độc lập - Tự do - Hạnh phúc",
                    Passage.Kind.HEADER, "Số: 45/KH-SKHĐT " + place + ", ngày 10 tháng 6 năm 2023",
                    Passage.Kind.HEADING, "KẾ HOẠCH"), 1);
            assertEquals(place, d.place);
            assertEquals("2023-06-10", d.issued);
        }
    }

    @Test
    void aNumberFieldAsOcrReadsIt() {
        // Tesseract's readings of "Số:" in scanned headers: marks lost or wrong, ô as 6, the colon as a semicolon
        for (String field : List.of("Sô:", "S6:", "Số;", "SỐ:")) {
            DocumentRecord d = extractor.read("d", passages(
                    Passage.Kind.HEADING, "UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    Passage.Kind.HEADER, field + " 115/BC-KCN Bắc Giang, ngày 15 tháng 11 năm 2012",
                    Passage.Kind.HEADING, "BÁO CÁO"), 1);
            assertEquals("115/BC-KCN", d.number, field);
        }
    }

    @Test
    void aPartyNumberTypedWithSpacesInItsHeader() {
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "HUYỆN ỦY SƠN TỊNH ĐẢNG CỘNG SẢN VIỆT NAM",
                Passage.Kind.HEADER, "Số 125 - BC/HU Sơn Tịnh, ngày 05 tháng 3 năm 2024",
                Passage.Kind.HEADING, "BÁO CÁO"), 1);
        assertEquals("125-BC/HU", d.number);
    }

    @Test
    void aSubjectLineRunsOnOverALineReadAsASentence() {
        // a ministry's letter as a reader that knows no header gives it: the subject's second line opens in lower case
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADING, "BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 5432/BKHĐT-TH Hà Nội, ngày 10 tháng 7 năm 2023",
                Passage.Kind.SENTENCE, "V/v xây dựng kế hoạch phát triển",
                Passage.Kind.SENTENCE, "kinh tế - xã hội năm 2024",
                Passage.Kind.SENTENCE, "Kính gửi: Các Bộ, cơ quan ngang Bộ"), 1);
        assertEquals("V/v xây dựng kế hoạch phát triển kinh tế - xã hội năm 2024", d.title);
        DocumentRecord body = extractor.read("d", passages(
                Passage.Kind.HEADER, "Số: 12/UBND-KT V/v báo cáo tiến độ giải ngân.",
                Passage.Kind.SENTENCE, "các dự án đã giải ngân 45% kế hoạch vốn."), 1);
        assertEquals("V/v báo cáo tiến độ giải ngân", body.title, "a subject ended by its full stop runs on no further");
    }

    @Test
    void thePrintedSignatureBlockNamesTheSignerAndTheCapacity() {
        // bp-991-qd-ubnd-2008-vni.doc: the block in a layout table's cell; bth-tb-giaithe-hoi-2024-draft.doc: KT.
        DocumentRecord d = extractor.read("d", passages(
                Passage.Kind.HEADER, "Số: 991/QĐ-UBND Đồng Xoài, ngày 14 tháng 5 năm 2008",
                Passage.Kind.HEADING, "QUYẾT ĐỊNH",
                Passage.Kind.SENTENCE, "Quyết định này có hiệu lực kể từ ngày ký./.",
                Passage.Kind.TABLE_ROW, "| TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH Trương Tấn Thiệu",
                Passage.Kind.HEADING, "PAGE"), 1);
        assertEquals("Trương Tấn Thiệu", d.signer);
        assertEquals("TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH", d.signedAs);
        DocumentRecord deputy = extractor.read("d", passages(
                Passage.Kind.HEADER, "Số: 1234/SNV-TĐKT Quảng Nam, ngày 05 tháng 3 năm 2024",
                Passage.Kind.HEADER, "Nơi nhận:",
                Passage.Kind.HEADER, "- Như trên;",
                Passage.Kind.HEADER, "- Lưu: VT.",
                Passage.Kind.HEADER, "KT. GIÁM ĐỐC",
                Passage.Kind.HEADER, "PHÓ GIÁM ĐỐC",
                Passage.Kind.HEADER, "Nguyễn Văn A"), 1);
        assertEquals("Nguyễn Văn A", deputy.signer);
        assertEquals("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", deputy.signedAs);
        DocumentRecord none = extractor.read("d", passages(
                Passage.Kind.SENTENCE, "Giao Giám đốc Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan."), 1);
        assertNull(none.signer, "a position named in prose is no signature block");
    }

    @Test
    void kindLinesOfThePartyAndOfPapers() {
        // Hướng dẫn 36-HD/VPTW: THÔNG TRI; Nghị định 30/2020/NĐ-CP Phụ lục III: GIẤY GIỚI THIỆU (GGT)
        DocumentRecord party = extractor.read("d", passages(
                Passage.Kind.HEADING, "TỈNH ỦY BÌNH ĐỊNH ĐẢNG CỘNG SẢN VIỆT NAM",
                Passage.Kind.HEADER, "Số 05-TT/TU Quy Nhơn, ngày 03 tháng 8 năm 2021",
                Passage.Kind.HEADING, "THÔNG TRI",
                Passage.Kind.HEADING, "về lãnh đạo cuộc bầu cử đại biểu Quốc hội"), 1);
        assertEquals("Thông tri", party.kind);
        assertEquals("về lãnh đạo cuộc bầu cử đại biểu Quốc hội", party.title);
        DocumentRecord paper = extractor.read("d", passages(
                Passage.Kind.HEADING, "UBND TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                Passage.Kind.HEADING, "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc",
                Passage.Kind.HEADER, "Số: 12/GGT-SNV Bình Định, ngày 03 tháng 8 năm 2021",
                Passage.Kind.HEADING, "GIẤY GIỚI THIỆU"), 1);
        assertEquals("Giấy giới thiệu", paper.kind);
    }
}
