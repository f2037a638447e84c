package io.baocao.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Bodies' names as headers print them in capitals, written as running text writes them. */
class OrganisationNameTest {
    @Test
    void aPlaceLevelIsLowerCaseAndThePlaceCapitalised() {
        assertEquals("Ủy ban nhân dân tỉnh Bình Thuận", OrganisationName.of("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN"));
        assertEquals("UBND huyện Phù Cát", OrganisationName.of("UBND HUYỆN PHÙ CÁT"));
    }

    @Test
    void eachPartOfACompoundNameOpensOnACapital() {
        assertEquals("Sở Lao động - Thương binh và Xã hội", OrganisationName.of("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"));
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", OrganisationName.of("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
        assertEquals("Phòng Tài chính - Kế hoạch", OrganisationName.of("PHÒNG TÀI CHÍNH - KẾ HOẠCH"));
        assertEquals("Chi cục Quản lý đất đai", OrganisationName.of("CHI CỤC QUẢN LÝ ĐẤT ĐAI"));
    }

    @Test
    void aPartyCommitteeIsNamedByItsPlace() {
        // Hướng dẫn 36-HD/VPTW headers: HUYỆN ỦY is the district's Party committee, not a district "Ủy …"
        assertEquals("Huyện ủy Sơn Tịnh", OrganisationName.of("HUYỆN ỦY SƠN TỊNH"));
        assertEquals("Tỉnh ủy Bình Định", OrganisationName.of("TỈNH ỦY BÌNH ĐỊNH"));
        assertEquals("Đảng ủy xã Tịnh Hà", OrganisationName.of("ĐẢNG ỦY XÃ TỊNH HÀ"));
    }

    @Test
    void aJoinedIssuerColumnIsCutWhereABodyFollowsAPlace() {
        assertEquals(java.util.List.of("UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ"), OrganisationName.bodies("UBND TỈNH QUẢNG NAM SỞ NỘI VỤ"));
        assertEquals(java.util.List.of("ỦY BAN NHÂN DÂN HUYỆN NÚI THÀNH", "PHÒNG NỘI VỤ"),
                OrganisationName.bodies("ỦY BAN NHÂN DÂN HUYỆN NÚI THÀNH PHÒNG NỘI VỤ"));
        assertEquals(java.util.List.of("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC GIANG"),
                OrganisationName.bodies("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC GIANG"));
        assertEquals(java.util.List.of("VĂN PHÒNG UBND TỈNH BÌNH ĐỊNH"), OrganisationName.bodies("VĂN PHÒNG UBND TỈNH BÌNH ĐỊNH"));
    }
}
