package io.baocao.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.PercentageRecord;
import io.baocao.extract.text.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicator a number measures, read from real sentences of the corpus and the real-world set. */
class MetricFinderTest {
    private static List<String> metrics(String sentence) {
        return new Extraction().passage(Passage.of(sentence)).stream()
                .filter(r -> r instanceof FigureRecord || r instanceof PercentageRecord)
                .map(r -> r instanceof FigureRecord f ? f.raw + " = " + f.metric : ((PercentageRecord) r).raw + " = "
                        + ((PercentageRecord) r).metric)
                .toList();
    }

    @Test
    void bangComparesOnlyBeforeANumberAndDongBangIsADelta() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 4 and p. 9
        assertEquals(List.of("1.201,4 nghìn ha = các tỉnh đồng bằng sông Cửu Long thu hoạch",
                        "82% = các tỉnh đồng bằng sông Cửu Long thu hoạch"),
                metrics("Trong đó các tỉnh đồng bằng sông Cửu Long thu hoạch 1.201,4 nghìn ha, bằng 82% diện tích gieo cấy."));
        assertEquals(List.of("116.800 tỷ đồng = Dư nợ cho vay bằng ngoại tệ", "5,34% = Dư nợ cho vay bằng ngoại tệ"),
                metrics("Dư nợ cho vay bằng ngoại tệ ước đạt 116.800 tỷ đồng, tăng 5,34% so với cuối năm 2004."));
    }

    @Test
    void anAttributeOfAnItemThatOpensOnABodyIsThatBodys() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 14: the investment and its average are each body's own
        assertEquals(List.of("444 dự án = Bộ Tư pháp bố trí dự án nhóm C", "353 dự án = Bộ Tư pháp bố trí dự án nhóm C",
                        "117,3 tỷ đồng = Bộ Tư pháp vốn đầu tư", "0,264 tỷ đồng/dự án = Bộ Tư pháp bình quân",
                        "305 dự án = Toà án nhân dân tối cao bố trí dự án nhóm C", "183 dự án = Toà án nhân dân tối cao bố trí dự án nhóm C",
                        "202,8 tỷ đồng = Toà án nhân dân tối cao vốn đầu tư",
                        "0,665 tỷ đồng/dự án = Toà án nhân dân tối cao bình quân"),
                metrics("Cụ thể: Bộ Tư pháp bố trí 444 dự án nhóm C (năm 2004 là 353 dự án), vốn đầu tư 117,3 tỷ đồng, bình "
                        + "quân 0,264 tỷ đồng/dự án; Toà án nhân dân tối cao bố trí 305 dự án nhóm C (năm 2004 là 183 dự án), "
                        + "vốn đầu tư 202,8 tỷ đồng, bình quân 0,665 tỷ đồng/dự án."));
        // items of a place and its number alone are a list, not one place's attributes (cantho-2024-h1-bao-cao.pdf)
        assertEquals(List.of("63.000.000 đồng = Đợt 2", "10 triệu = quận Cái Răng", "08 triệu đồng = huyện Thới Lai",
                        "45 triệu đồng = huyện Phong Điền"),
                metrics("Đợt 2: 63.000.000 đồng (trong đó: quận Cái Răng 10 triệu, huyện Thới Lai 08 triệu đồng, huyện Phong "
                        + "Điền 45 triệu đồng)."));
    }

    @Test
    void aCountForAnEarlierPeriodCountsTheSameThings() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 5
        assertEquals(List.of("388 vụ = cả nước xảy ra vụ cháy rừng", "443 vụ = cả nước xảy ra vụ cháy rừng",
                        "2.116 ha = thiệt hại"),
                metrics("Tính đến ngày 20/3 cả nước xảy ra 388 vụ cháy rừng (cả năm 2004 là 443 vụ), thiệt hại 2.116 ha."));
    }

    @Test
    void aCountOfBodiesThatOpensItsClauseIsOfWhatTheyDid() {
        // bdg-09-2009-ct-ubnd.doc; vn-bc-ktxh-q1-2005-mixed.pdf p. 15; cantho-2023-ke-hoach-22.docx p. 22
        assertEquals(List.of("7 huyện = huyện, thị xã đã thành lập hội đồng khoa học và công nghệ"),
                metrics("Tất cả 7 huyện, thị xã đã thành lập hội đồng khoa học và công nghệ, để tư vấn giúp Chủ tịch."));
        assertEquals(List.of("22 tỉnh = tỉnh, thành phố giao thấp hơn kế hoạch Trung ương giao"),
                metrics("Tuy nhiên, còn 22 tỉnh, thành phố giao thấp hơn kế hoạch Trung ương giao, hoặc điều chuyển vốn."));
        assertEquals(List.of("20 xã = xã, phường, thị trấn diễn tập chiến đấu trong khu vực phòng thủ"),
                metrics("Tổ chức diễn tập khu vực phòng thủ thành phố; 20 xã, phường, thị trấn diễn tập chiến đấu trong khu"
                        + " vực phòng thủ, các đơn vị còn lại diễn tập Chỉ huy - Tham mưu."));
        // a count after its verb is its object: its noun phrase, as before the rule
        assertEquals(List.of("12 xã = công nhận xã đạt chuẩn nông thôn mới nâng cao"),
                metrics("Năm 2023 công nhận 12 xã đạt chuẩn nông thôn mới nâng cao."));
    }

    @Test
    void oneMeasureInTwoUnitsHasOneMetric() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 6
        assertEquals(List.of("64,2 triệu tấn = khối lượng vận tải hàng hoá", "13,4 tỷ TKm = khối lượng vận tải hàng hoá"),
                metrics("Trong quý I, khối lượng vận tải hàng hoá ước đạt gần 64,2 triệu tấn hàng và gần 13,4 tỷ TKm."));
    }

    @Test
    void growthIsANounNotTheVerbTang() {
        // cantho-2024-h1-bao-cao.pdf p. 27; vn-bc-ktxh-q1-2005-mixed.pdf
        assertEquals(List.of("7,5% - 8,0% = Kế hoạch đặt ra mục tiêu tăng trưởng kinh tế cả năm"),
                metrics("Kế hoạch năm 2024 đặt ra mục tiêu tăng trưởng kinh tế cả năm là 7,5% - 8,0%, áp lực rất lớn."));
        assertEquals(List.of("7,12% = GRDP"), metrics("GRDP tăng 7,12% so với cùng kỳ."));
    }

    @Test
    void aShareThatOpensItsClauseIsOfTheThingsNamedAfterIt() {
        // vn-bc-nln-t01-2006.pdf p. 2; bgddt-nhiemvu-2017.pdf p. 2
        assertEquals(List.of("100% = vốn kế hoạch đã giao cho các chủ đầu tư"),
                metrics("Theo báo cáo của Bộ Nông nghiệp và PTNT, 100% vốn kế hoạch đã giao cho các chủ đầu tư."));
        assertEquals(List.of("100% = các đơn vị đã triển khai Hệ thống e-office"),
                metrics("Đến nay, 100% các đơn vị đã triển khai Hệ thống e-office (theo thống kê của Cục Công nghệ thông tin)."));
        // after its verb a share is no opener: "đạt 95%" keeps its subject
        assertEquals(List.of("95% = Tỷ lệ hồ sơ giải quyết đúng hạn"), metrics("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%."));
    }

    @Test
    void moneyAllocatedIsNamedByWhatItGoesTo() {
        // vn-bc-nln-t01-2006.pdf p. 1
        assertEquals(List.of("3 tỷ đồng = Bố trí cho dự án đường giao thông từ tỉnh"),
                metrics("- Bố trí 3 tỷ đồng cho dự án đường giao thông từ tỉnh lộ 1 A đi đồn 3-biên phòng (VQG Yok Đôn)."));
        // vn-3980-c04-p6-2025-scan.pdf p. 2: the subject was allocated the money
        assertEquals("7,623 tỷ đồng = tỉnh Lâm Đồng được bố trí",
                metrics("Trong năm 2025, tỉnh Lâm Đồng được bố trí 7,623 tỷ đồng để thực hiện các dự án.").get(0));
    }

    @Test
    void theItemAfterLaIsNamedBeforeItsOwnVerb() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 7: "là" opens the list of the goods that fell
        assertEquals(List.of("30% = xe đạp và phụ tùng"),
                metrics("Một số mặt hàng giảm sút hơn so với cùng kỳ là xe đạp và phụ tùng giảm gần 30%."));
    }

    @Test
    void thePartsOfABreakdownCountWhatTheWholeCounts() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 14
        assertEquals(List.of("69 dự án = các Bộ, ngành dự án nhóm B", "220 dự án = các tỉnh, thành phố dự án nhóm B"),
                metrics("289 dự án nhóm B bố trí vốn đầu tư đã vượt quá 4 năm (trong đó: các Bộ, ngành có 69 dự án; các tỉnh, "
                        + "thành phố 220 dự án).").subList(1, 3));
    }

    @Test
    void implementedBeforeTheVerbSaysWhichCapital() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 8; cantho-2024-phu-luc-320.pdf p. 12 ("kinh phí thực hiện đạt …")
        assertEquals(List.of("692 triệu USD = Vốn đầu tư nước ngoài thực hiện", "7% = Vốn đầu tư nước ngoài thực hiện"),
                metrics("Vốn đầu tư nước ngoài thực hiện ước đạt 692 triệu USD, tăng khoảng 7% so với cùng kỳ năm trước."));
    }

    @Test
    void aQuantityAloneInParenthesesMeasuresTheNameBeforeThem() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 2: each plant with its capacity
        assertEquals(List.of("300 MW = nhiệt điện Uông Bí mở rộng công suất", "260MW = thuỷ điện Sesan 3",
                        "108MW = thuỷ điện Sesan 3A", "1,4 triệu tấn = xi măng Sông Gianh"),
                metrics("Một số dự án công nghiệp lớn hoàn thành trong năm 2006 bắt đầu hoạt động phát huy công suất như: nhiệt "
                        + "điện Uông Bí mở rộng công suất 300 MW, thuỷ điện Sesan 3 (260MW), thuỷ điện Sesan 3A (108MW), xi măng "
                        + "Sông Gianh (1,4 triệu tấn/năm)."));
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 5: after the verb
        assertEquals("1.800 ha = rừng trồng",
                metrics("Tính đến ngày 20/3 cả nước xảy ra 388 vụ cháy rừng, thiệt hại 2.116 ha trong đó chủ yếu là rừng trồng "
                        + "(1.800 ha).").get(2));
        // cantho-2024-h1-bao-cao.pdf p. 14: a quantity before the parenthesis keeps it
        assertEquals("198 nữ = Thể thao thành tích cao nữ",
                metrics("Thể thao thành tích cao: từ đầu năm đến nay, cử 85 huấn luyện viên, 445 lượt vận động viên (198 nữ) "
                        + "tham dự 39 giải thể thao.").get(2));
    }

    @Test
    void aNounOfTwoLettersBeforeItsVerbNamesTheItem() {
        // vn-bc-nln-t01-2006.pdf p. 4
        assertEquals(List.of("246 triệu lượt = Tổng số gia cầm đã được tiêm triệu lượt", "167,6 triệu lượt = gà triệu lượt",
                        "84 triệu con = gà triệu con", "78,4 triệu lượt = vịt triệu lượt", "40 triệu con = vịt triệu con"),
                metrics("Tổng số gia cầm đã được tiêm là 246 triệu lượt, trong đó gà là 167,6 triệu lượt (84 triệu con), vịt "
                        + "là 78,4 triệu lượt (40 triệu con)."));
    }

    @Test
    void anAllocationOrADifferenceIsOfTheMeasureBefore() {
        // vn-bc-nln-t01-2006.pdf p. 2: the projects the money goes to
        assertEquals(List.of("3 tỷ đồng = vốn TKQH được giao", "11 dự án = vốn TKQH được giao dự án"),
                metrics("- Kế hoạch năm 2006, vốn TKQH được giao: 3 tỷ đồng, phân bổ cho 11 dự án."));
        // vn-bc-nln-t01-2006.pdf p. 3: by how much the level differs; a day without its year is a date
        assertEquals(List.of("2,02 m = mực nước sông Hồng tại Hà Nội", "1,42 m = mực nước sông Hồng tại Hà Nội",
                        "0,29 m = mực nước sông Hồng tại Hà Nội"),
                metrics("Mực nước liên tục giảm (mực nước sông Hồng tại Hà Nội ngày 25/12 là 2,02 m, thấp hơn bình quân nhiều "
                        + "năm là 1,42 m và thấp hơn cùng kỳ năm 2004 là 0,29 m."));
    }

    @Test
    void withAPartyInThePluralIsNoMeasure() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 8
        assertEquals(List.of("21,62 triệu USD = nguồn vốn ODA"),
                metrics("Từ đầu năm đến ngày 21/3/2005, nguồn vốn ODA được hợp thức hoá thông qua các hiệp định ký kết với các "
                        + "nhà tài trợ đạt tổng giá trị 21,62 triệu USD."));
    }

    @Test
    void whatWasDoneToTheSubjectBeforeACopulaIsPartOfIt() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 10: "ước đạt" is a copula too
        assertEquals("30 vạn = Số người được giải quyết việc làm trong quí I/2005 vạn lao động",
                metrics("Số người được giải quyết việc làm trong quí I/2005 ước đạt 30 vạn lao động.").get(0));
        // vn-bc-nln-t01-2006.pdf p. 2 and p. 4
        assertEquals(List.of("4 tỷ đồng = vốn chuẩn bị thực hiện dự án"),
                metrics("- Kế hoạch năm 2006, vốn chuẩn bị thực hiện dự án là 4 tỷ đồng.").subList(0, 1));
        assertEquals("246 triệu lượt = Tổng số gia cầm đã được tiêm triệu lượt",
                metrics("Tổng số gia cầm đã được tiêm là 246 triệu lượt.").get(0));
    }

    @Test
    void periodsCausesAndBasesAreNoPartOfTheSubject() {
        // vn-bc-nln-t01-2006.pdf p. 6: a crop year is a period, not a number before the subject
        assertEquals(List.of("414 triệu tấn = Dự báo lượng tiêu thụ niên vụ 05/06 của thế giới",
                        "1 triệu tấn = Dự báo lượng tiêu thụ niên vụ 05/06 của thế giới"),
                metrics("Dự báo lượng tiêu thụ niên vụ 05/06 của thế giới khoảng 414 triệu tấn, giảm khoảng 1 triệu tấn."));
        // vn-bc-nln-t01-2006.pdf p. 5: "Do … nên …" states the cause first
        assertEquals(List.of("11-12 nghìn đồng/kg = giá đường"),
                metrics("Do lượng đường sản xuất bị giảm cộng với nhu cầu đường cho sản xuất phục vụ Tết tăng cao nên giá đường "
                        + "cuối năm 2005 đầu năm 2006 tăng đột biến, lên tới 11-12 nghìn đồng/kg."));
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 3: "toàn ngành" after a share is its whole
        assertEquals("2,36 tỷ Kwh = điện mua ngoài tổng công ty",
                metrics("Trong đó Tcty điện lực đạt 6,16 tỷ Kwh tăng 0,9%, điện mua ngoài tổng công ty chiếm 28% toàn ngành đạt "
                        + "trên 2,36 tỷ Kwh tăng 12,9% so với cùng kỳ.").get(1));
    }

    @Test
    void aCountedNounEndsBeforeTheDocumentItIsCountedBy() {
        // ld-tbkl-pci-2026-draft.docx
        assertEquals(List.of("72 dự án = Rà soát danh mục dự án thu hút đầu tư ngoài ngân sách"),
                metrics("Rà soát danh mục 72 dự án thu hút đầu tư ngoài ngân sách theo Quyết định số 1618/QĐ-UBND của UBND "
                        + "tỉnh."));
    }

    @Test
    void aClauseWhoseOnlyVerbIsCoRunsOnToItsNumber() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 7: which firms imported, not just "các doanh nghiệp"
        assertEquals(List.of("980 triệu USD = các doanh nghiệp có vốn đầu tư nước ngoài nhập khẩu"),
                metrics("Trong đó các doanh nghiệp có vốn đầu tư nước ngoài nhập khẩu 980 triệu USD.").subList(0, 1));
        // vn-bc-nln-t01-2006.pdf p. 3: "có thể" (can) is no relative clause
        assertEquals(List.of("1,7 m = Dự báo mực nước Sông Hồng (tại Hà Nội)"),
                metrics("Dự báo mực nước Sông Hồng (tại Hà Nội) có thể xuống mức 1,7 m."));
    }

    @Test
    void aNameInQuotationMarksIsOneUnit() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 8: the commas inside the project's name end no clause
        assertEquals(1, metrics("Trong đó Dự án “Khôi phục và quản lý rừng bền vững ở các tỉnh Quảng Nam, Quảng Ngãi, Bình Định và "
                + "Phú Yên” do Cộng hoà liên bang Đức tài trợ trị giá 9,7 triệu EUR.").stream()
                .filter(m -> m.startsWith("9,7 triệu EUR = Dự án “Khôi phục và quản lý rừng bền vững")).count());
    }

    @Test
    void nowNamesNothing() {
        // vn-3980-c04-p6-2025-scan.pdf p. 2 (OCR)
        assertEquals(List.of("288 người = công suất tiếp nhận người",
                        "366 người = cai nghiện cho người"),
                metrics("Cơ sở cai nghiện số 1 có công suất tiếp nhận là 288 người, hiện đang cai nghiện cho 366 người."));
    }

    @Test
    void aPredicateBetweenAspectAndDateIsWhatWasMeasured() {
        // cantho-2024-phu-luc-320.pdf p. 14
        assertEquals(List.of("46,969 tỷ đồng = giải ngân", "37,6% = giải ngân"),
                metrics("Đã giải ngân đến ngày 18/10/2024 là 46,969 tỷ đồng, đạt 37,6% so với kế hoạch."));
        // cantho-2024-h1-bao-cao.pdf p. 3
        assertEquals("3.100 tỷ đồng = giải ngân", metrics("Ước giải ngân đến ngày 30 tháng 6 năm 2024 là 3.100 tỷ đồng.").get(0));
    }

    @Test
    void aLabelOfAnItemThatOpensOnItsTopicIsThatTopics() {
        // vn-bc-nln-t01-2006.pdf p. 2 and p. 3: the programme, then the label and its value
        assertEquals(List.of("25 tỷ đồng = Chương trình khu neo đậu tránh trú bão tổng số vốn được giao"),
                metrics("Chương trình khu neo đậu tránh trú bão, tổng số vốn được giao: 25 tỷ đồng.").subList(0, 1));
        assertEquals("10 tỷ đồng = Hai dự án đầu tư thuỷ lợi phục vụ nuôi tôm kế hoạch vốn được giao",
                metrics("- Hai dự án đầu tư thuỷ lợi phục vụ nuôi tôm: kế hoạch vốn được giao năm 2006: 10 tỷ đồng.").get(0));
    }

    @Test
    void aNumberAfterAColonIsTheValueOfItsLabel() {
        // cantho-2024-phu-luc-320.pdf p. 14: "còn lại" is part of the name, not the verb "còn"
        assertEquals(List.of("125 tỷ đồng = Kế hoạch vốn giao", "78,031 tỷ đồng = Kế hoạch vốn còn lại"),
                metrics("Kế hoạch vốn giao năm 2024: 125 tỷ đồng. Kế hoạch vốn còn lại: 78,031 tỷ đồng."));
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 10: the label after a copula
        assertEquals(List.of("175 nghìn người = các tỉnh Đắc Lắc nghìn người", "129,5 nghìn người = Quảng Trị nghìn người"),
                metrics("Nặng nhất là các tỉnh Đắc Lắc: 175 nghìn người; Quảng Trị: 129,5 nghìn người."));
        // a list introducer names nothing: the number keeps the subject before it, and what this part went to
        assertEquals(List.of("467 triệu đồng = hỗ trợ", "134 triệu đồng = hỗ trợ cho quận Bình Thủy"),
                metrics("Đã hỗ trợ 467 triệu đồng, cụ thể: 134 triệu đồng cho quận Bình Thủy."));
    }

    @Test
    void theAspectNamedAfterAPercentageByVe() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 6 and p. 7
        assertEquals(List.of("238 triệu lượt = Vận tải hành khách triệu lượt", "6,5% = Vận tải hành khách về lượt hành khách",
                        "9% = Vận tải hành khách về HKm"),
                metrics("Vận tải hành khách ước đạt 238 triệu lượt, tăng 6,5% về lượt hành khách và tăng 9% về HKm so với cùng kỳ."));
        assertEquals(List.of("17% = Gạo về lượng", "5% = Gạo về kim ngạch"),
                metrics("Gạo giảm 17% về lượng nhưng tăng 5% về kim ngạch do giá tăng."));
    }

    @Test
    void wordsAfterANumberJoinedByVaCompleteIt() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 4: "diện tích gieo cấy" is what 68% is of; 98,7% is still about the harvest
        assertEquals(List.of("1.216,2 nghìn ha = Các tỉnh miền Nam thu hoạch", "68% = Các tỉnh miền Nam thu hoạch",
                        "98,7% = Các tỉnh miền Nam thu hoạch"),
                metrics("Các tỉnh miền Nam thu hoạch được 1.216,2 nghìn ha, chiếm 68% diện tích gieo cấy và bằng 98,7% so với cùng kỳ."));
    }

    @Test
    void ofAllKindsIsNoClassName() {
        // vn-bc-congnghiep-t02-2007-tcvn3.pdf p. 4: "các loại" (of all kinds) before a quantity; "loại 1" names a class
        assertEquals(List.of("43 nghìn tấn = Bông các loại", "92,8% = Bông các loại"),
                metrics("Bông các loại 43 nghìn tấn tăng 92,8%."));
        assertEquals(List.of(), metrics("Đường loại 3 được nâng cấp."));
    }

    @Test
    void aChangeOfACountIsTheChangeOfTheSameNounNamedBefore() {
        // cantho-2024-h1-bao-cao.pdf p. 20
        assertEquals(List.of("376 vụ = Xảy ra vụ phạm tội về trật tự xã hội", "59 vụ = Xảy ra vụ phạm tội về trật tự xã hội"),
                metrics("Xảy ra 376 vụ phạm tội về trật tự xã hội, tăng 59 vụ so với cùng kỳ."));
        // p. 21: each change in the parenthesis is of the count of the same noun
        assertEquals(List.of("124 vụ = Xảy ra vụ tai nạn giao thông", "57 người = làm người chết", "106 người = làm người bị thương",
                        "27 vụ = Xảy ra vụ tai nạn giao thông", "06 người = làm người chết", "54 người = làm người bị thương"),
                metrics("Xảy ra 124 vụ tai nạn giao thông, làm 57 người chết, 106 người bị thương (so với cùng kỳ tăng 27 vụ,"
                        + " giảm 06 người chết, tăng 54 người bị thương)."));
    }

    @Test
    void theNounAfterAMeasureIsWhatWasMeasured() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 4, vn-bc-nln-t01-2006.pdf p. 3
        assertEquals(List.of("219,4 nghìn ha = các tỉnh miền Nam lúa hè thu", "88% = các tỉnh miền Nam lúa hè thu"),
                metrics("Tính đến ngày 15/3 các tỉnh miền Nam đã gieo cấy được 219,4 nghìn ha lúa hè thu, bằng 88% so với cùng kỳ."));
        assertEquals("423 nghìn tấn = sản xuất đường", metrics("Khoảng 4,76 triệu tấn, sản xuất được 423 nghìn tấn đường.").get(1));
    }

    @Test
    void aComparisonWithAnEarlierPeriodNamesNoSubject() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 9: "so với cuối năm 2004 và" leaves the subject of the clause before
        assertEquals(List.of("325.000 tỷ đồng = tiền gửi VNĐ", "3,83% = tiền gửi VNĐ", "21,69% = tiền gửi VNĐ"),
                metrics("Trong đó tiền gửi VNĐ ước đạt 325.000 tỷ đồng, tăng 3,83% so với cuối năm 2004 và tăng 21,69% so với"
                        + " cùng kỳ năm trước."));
    }

    @Test
    void aPercentageAfterACountIsOfWhatWasCounted() {
        // cantho-2024-h1-bao-cao.pdf p. 18
        assertEquals(List.of("51/64 vụ = Kết quả vụ việc khiếu nại", "79,68% = Kết quả vụ việc khiếu nại"),
                metrics("Kết quả đã giải quyết 51/64 vụ việc khiếu nại, đạt 79,68%."));
        // p. 17: "(tỷ lệ 88,3%)" says what kind of number, the count before says of what
        assertEquals("88,3% = Các tổ hòa giải ở cơ sở tiếp nhận thành vụ",
                metrics("Các tổ hòa giải ở cơ sở tiếp nhận thành 467/529 vụ (tỷ lệ 88,3%).").get(1));
        // cantho-2024-phu-luc-320.pdf p. 13: "mặt bằng" (site) is a noun, not the comparison "bằng"
        assertEquals(List.of("42,28% = bàn giao mặt bằng"), metrics("Đã bàn giao mặt bằng khoảng 42,28%."));
    }

    @Test
    void aRelativeClauseWithCoAndANominalTangStayInTheSubject() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 6: "có" + a noun before the clause's verb qualifies the subject
        assertEquals(List.of("800 triệu USD = các doanh nghiệp có vốn đầu tư nước ngoài (không kể dầu thô)"),
                metrics("Trong đó các doanh nghiệp có vốn đầu tư nước ngoài (không kể dầu thô) đạt 800 triệu USD."));
        // cantho-2024-h1-bao-cao.pdf p. 6: "có" + a number is the verb
        assertEquals("03 dự án = Thành phố dự án mới", metrics("Thành phố có 03 dự án mới, vốn đầu tư đăng ký 727,135 tỷ đồng.").get(0));
        // p. 1-2: "tốc độ tăng", "giá trị tăng thêm" are nouns
        assertEquals(List.of("7,2% = Tốc độ tăng GDP mới"), metrics("Tốc độ tăng GDP mới đạt ở mức 7,2%."));
        assertEquals("3,8% = giá trị tăng thêm",
                metrics("Giá trị sản xuất nông, lâm, ngư nghiệp tăng 5,2%; giá trị tăng thêm tăng 3,8%.").get(1));
    }

    @Test
    void aSizeInParenthesesIsTheSizeOfWhatItFollows() {
        // cantho-2024-h1-bao-cao.pdf p. 13
        assertEquals(List.of("500 giường = Xử lý khó khăn của Dự án đầu tư xây dựng Bệnh viện Ung bướu Cần Thơ quy mô giường"),
                metrics("Xử lý khó khăn của Dự án đầu tư xây dựng Bệnh viện Ung bướu Cần Thơ (quy mô 500 giường) còn chậm."));
    }
}
