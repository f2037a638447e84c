package io.baocao.extract.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.model.ReferenceRecord;
import io.baocao.extract.text.AnnotatedPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws and ordinances named without a number, in sentences of the real-world set (corpus/realworld/). */
class ReferenceExtractorTest {
    private static List<String> named(String sentence) {
        return new ReferenceExtractor().extract(AnnotatedPassage.of(sentence)).stream()
                .filter(r -> r.number == null).map(r -> r.kind + ": " + r.subject).toList();
    }

    @Test
    void aCapitalisedNameRunsOverCapitalsAndAbbreviationsToItsDate() {
        // vn-47-2020-nd-cp.pdf p. 1; bp-991-qd-ubnd-2008-vni.doc
        assertEquals(List.of("Luật: Luật Tổ chức Chính phủ"), named("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"));
        assertEquals(List.of("Luật: Luật Tổ chức HĐND và UBND"), named("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;"));
    }

    @Test
    void andJoinsAOneWordNameButListsTheNextLawAfterALongerOne() {
        // vn-47-2020-nd-cp.pdf p. 3; bg-115-bc-kcn-2012-scan.pdf p. 2
        assertEquals(List.of("Luật: Luật Phí và lệ phí"), named("5. Dữ liệu chia sẻ giữa các cơ quan nhà nước là không thu phí,"
                + " trừ trường hợp khai thác, sử dụng dữ liệu thuộc danh mục được quy định trong Luật Phí và lệ phí."));
        assertEquals(List.of("Luật: Luật phòng chống tham nhũng"), named("3. Thực hiện nghiêm chỉnh các quy định của Quy chế"
                + " chi tiêu nội bộ, Luật phòng chống tham nhũng và thực hành, tiết kiệm, chống lãng phí;"));
    }

    @Test
    void aNameWrittenInLowerCaseEndsBeforeTheNextCapital() {
        // bgddt-nhiemvu-2017.pdf p. 1
        assertEquals(List.of("Luật: Luật giáo dục đại học"), named("Hoàn thiện kế hoạch sửa đổi, bổ sung một số điều của Luật"
                + " giáo dục đại học gửi Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên, Nhi đồng của Quốc hội."));
    }

    @Test
    void aCommaBeforeACapitalStartsTheNextCitation() {
        // ld-298-ttr-cat-pc04-2025-ocr.pdf p. 1 (the laws named in a decree's title)
        assertEquals(List.of("Luật: Luật Phòng, chống ma túy", "Luật: Luật Xử lý vi phạm hành chính"),
                named("một số điều của Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai nghiện ma túy"));
    }

    @Test
    void ordinancesAreNamedLikeLawsAndLawyersAreNotLaws() {
        // hn-15-2010-qd-ubnd.doc
        assertEquals(List.of("Pháp lệnh: Pháp lệnh Bưu chính viễn thông"),
                named("Căn cứ Pháp lệnh Bưu chính viễn thông ngày 25 tháng 5 năm 2002;"));
        assertEquals(List.of(), named("Luật sư của doanh nghiệp đã tham gia phiên họp."));
    }

    @Test
    void aKindWrittenAsItsCodeBeforeSoNamesTheDocument() {
        // corpus/realworld/vn-bc-nln-t01-2006.pdf p. 1: "kế hoạch" earlier in the clause is not their kind
        List<String> got = new ReferenceExtractor().extract(AnnotatedPassage.of("a. Phân khai vốn đầu tư thực hiện theo"
                + " ngành cơ bản khớp với kế hoạch giao (QĐ số 1194 QĐ-TTg và QĐ số 1177 QĐ-BKH):")).stream()
                .map(r -> r.kind + " " + r.number).toList();
        assertEquals(List.of("Quyết định 1194/QĐ-TTg", "Quyết định 1177/QĐ-BKH"), got);
    }

    @Test
    void familyPlanningIsNoPlan() {
        // corpus/realworld/bd-243-tb-vpubnd-2020.pdf p. 3: "Kế hoạch hóa gia đình" is family planning
        List<String> got = new ReferenceExtractor().extract(AnnotatedPassage.of("Giúp lãnh đạo Văn phòng theo dõi, nghiên"
                + " cứu đề xuất các lĩnh vực: Y tế, Dân số, Kế hoạch hóa gia đình, Bảo hiểm y tế, Quỹ khám bệnh cho người nghèo."))
                .stream().map(r -> r.kind + " " + r.subject).toList();
        assertEquals(List.of(), got);
    }

    private static List<String> numbered(String sentence) {
        return new ReferenceExtractor().extract(AnnotatedPassage.of(sentence)).stream().filter(r -> r.number != null)
                .map(r -> r.kind + " " + r.number + (r.issuer == null ? "" : " của " + r.issuer)).toList();
    }

    @Test
    void aDocumentCitedByItsBareNumber() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 18; vn-3980-c04-p6-2025-scan.pdf p. 1; vn-8151-bnv-cchc-2025.pdf p. 1
        assertEquals(List.of("Nghị quyết 09", "Chỉ thị 19 của Thủ tướng Chính phủ"), numbered("Thúc đẩy triển khai theo tinh"
                + " thần Nghị quyết 09 và Chỉ thị 19 của Thủ tướng Chính phủ."));
        assertEquals(List.of("Nghị quyết 163 của Quốc hội", "Nghị quyết 50 của Chính phủ"), numbered("Để đạt được mục tiêu"
                + " theo Nghị quyết số 163 của Quốc hội và Nghị quyết số 50 của Chính phủ."));
        assertEquals(List.of("Quyết định 932"), numbered("- Các Thành viên TCT CCHC theo QĐ932;"));
    }

    @Test
    void aYearOrACountAfterAKindIsNoNumber() {
        assertEquals(List.of(), numbered("Thực hiện Kế hoạch 2024 của UBND thành phố."));
        assertEquals(List.of(), numbered("Đã ban hành Quyết định 12 bản."));
        assertEquals(List.of("Nghị quyết 45/2024/NQ-HĐND của Hội đồng nhân dân"), numbered("Thực hiện Nghị quyết số 45/2024/NQ-HĐND."));
    }
}
