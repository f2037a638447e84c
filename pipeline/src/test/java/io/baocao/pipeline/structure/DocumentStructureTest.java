package io.baocao.pipeline.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.Extraction;
import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.LogicalDocument;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.StructuredFile;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import io.baocao.pipeline.read.ReadConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text stages on real PDFs of the corpus: pages, footnotes, joins, sections, documents; and what the
 * extraction stage reads of the documents structure finds.
 */
class DocumentStructureTest {
    static StructuredFile file;
    static List<LogicalDocument> report;

    @BeforeAll
    static void read() throws Exception {
        file = new DocumentStructure().read("bc", Pipeline.readers(ReadConfig.DEFAULT.withMaxChars(50_000_000)).read(Corpus.file("cantho-2024-h1-bao-cao.pdf")));
        report = file.documents();
    }

    /** The document records extraction reads of a file's logical documents, in order. */
    static List<DocumentRecord> documentRecords(StructuredFile f) {
        List<DocumentRecord> out = new java.util.ArrayList<>();
        for (Record r : new Extraction().extract(f).records()) {
            if (r instanceof DocumentRecord d) {
                out.add(d);
            }
        }
        return out;
    }

    static List<Passage> passages() {
        return report.stream().flatMap(d -> d.passages().stream()).toList();
    }

    static Passage find(String words) {
        return passages().stream().filter(p -> p.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage with: " + words));
    }

    @Test
    void aReportFollowedByADraftResolutionIsTwoDocuments() {
        assertEquals(2, report.size());
        List<DocumentRecord> records = documentRecords(file);
        assertEquals(2, records.size());
        DocumentRecord first = records.get(0);
        DocumentRecord second = records.get(1);
        assertEquals("Báo cáo", first.kind);
        assertEquals("2024-H1", first.period);
        assertEquals("Nghị quyết", second.kind);
        assertEquals(Boolean.TRUE, second.draft);
        assertEquals("Cà Mau", second.place, "the place as written in the copied header");
        assertEquals("thành phố Cần Thơ", second.jurisdiction, "the body wins over the header");
        assertEquals(44, second.page);
        assertEquals(43, report.get(1).firstPage(), "the motto above the kind line ends page 43");
        assertEquals(first.pages, report.get(0).lastPage() - report.get(0).firstPage() + 1);
    }

    @Test
    void structureLeavesTheDocumentContextToExtraction() {
        assertTrue(passages().stream().allMatch(p -> p.context() == DocumentContext.EMPTY), "no passage knows its document yet");
        Extraction.Output out = new Extraction().extract(file);
        assertEquals(passages().size(), out.passages().size());
        Passage opening = out.passages().stream().filter(p -> p.text().contains("Thực hiện Nghị quyết số 42/NQ-HĐND"))
                .findFirst().orElseThrow();
        assertEquals(new DocumentContext("bc", "Báo cáo", 2024, "thành phố Cần Thơ"), opening.context());
    }

    @Test
    void footnoteAnchorsLeaveTheTextAndFootnotesAreTheirOwnPassages() {
        Passage opening = find("Thực hiện Nghị quyết số 42/NQ-HĐND");
        assertTrue(opening.text().contains("của HĐND thành phố về"), "the superscript 1 after HĐND is gone: " + opening.text());
        Passage footnote = find("Chỉ số sản xuất công nghiệp 6 tháng/2023 đạt 4,09%");
        assertEquals(Passage.Kind.FOOTNOTE, footnote.kind());
        assertEquals(1, footnote.page());
        assertFalse(footnote.text().startsWith("3 "), "the footnote's own number is not its text");
    }

    @Test
    void aSentenceCutByAFootnoteBlockAndAPageBreakRunsOn() {
        // bao-cao p.2 ends "… chuyển đổi số, phát triển", footnotes 4-10 follow, p.3 resumes "kinh tế số …"
        Passage p = find("chuyển đổi số, phát triển kinh tế số trong nông nghiệp");
        assertEquals(2, p.page());
        assertEquals(3, p.pageAt(p.text().indexOf("kinh tế số trong nông nghiệp")));
    }

    @Test
    void pageNumbersAreDroppedAndPassagesKeepTheirPages() {
        assertTrue(passages().stream().noneMatch(p -> p.text().matches("\\d{1,2}")), "no bare page numbers");
        assertEquals(4, find("2.843,968 tỷ đồng").page());
    }

    @Test
    void sectionsComeFromTheNumberingNotTheFonts() {
        assertEquals("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG, AN NINH 6 THÁNG ĐẦU NĂM 2024"
                + " > 2. Về huy động các nguồn lực > a) Đầu tư xây dựng cơ bản", find("2.843,968 tỷ đồng").section());
    }

    @Test
    void appendicesAreOneDocumentEachWithTheirTables() throws Exception {
        StructuredFile appendices = new DocumentStructure().read("pl",
                Pipeline.readers(ReadConfig.DEFAULT.withMaxChars(50_000_000)).read(Corpus.file("cantho-2024-phu-luc-320.pdf")));
        List<LogicalDocument> docs = appendices.documents();
        List<DocumentRecord> records = documentRecords(appendices);
        assertEquals(List.of("Phụ lục", "Phụ lục", "Phụ lục"), records.stream().map(d -> d.kind).toList());
        assertEquals(List.of(1, 3, 10), records.stream().map(d -> d.page).toList(), "Phụ lục III begins at the top of page 10 (its title moved off page 9 in the re-rendered PDF)");
        assertEquals(List.of(1, 1, 1), docs.stream().map(d -> d.tables().size()).toList());
        assertTrue(docs.get(1).tables().get(0).legend().stream().anyMatch(l -> l.startsWith("- (*) Nhiệm vụ đã được")),
                "the legend under Phụ lục II is its table's");
    }

    @Test
    void aLegendPrintedAboveItsTableIsThatTablesAndNoProse(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("phu-luc.html");
        Files.writeString(html, "<html><body><p>Phụ lục II</p><p>DANH MỤC NHIỆM VỤ NĂM 2024</p>"
                + "<p>Ghi chú:</p><p>- (*) Nhiệm vụ đã được tổ chức thực hiện.</p><p>- (**) Nhiệm vụ đang được tổ chức thực hiện.</p>"
                + "<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td></tr>"
                + "<tr><td>1 (*)</td><td>Xây dựng Đề án chuyển đổi số</td><td>Sở Thông tin và Truyền thông</td></tr>"
                + "<tr><td>2 (**)</td><td>Xây dựng Kế hoạch tăng trưởng xanh</td><td>Sở Xây dựng</td></tr></table>"
                + "<p>Phụ lục III</p><p>Ghi chú:</p><p>- (*) Dự án đang triển khai thi công.</p>"
                + "<table><tr><td>TT</td><td>Dự án</td><td>Cơ quan chủ trì</td></tr>"
                + "<tr><td>1 (*)</td><td>Đường tỉnh 918</td><td>Ban Quản lý dự án</td></tr></table></body></html>");
        StructuredFile file = new DocumentStructure().read("pl", Pipeline.readers(ReadConfig.DEFAULT).read(html));
        List<List<String>> legends = file.documents().stream().flatMap(d -> d.tables().stream()).map(t -> t.legend()).toList();
        assertEquals(List.of(List.of("Ghi chú:", "- (*) Nhiệm vụ đã được tổ chức thực hiện.", "- (**) Nhiệm vụ đang được tổ chức thực hiện."),
                List.of("Ghi chú:", "- (*) Dự án đang triển khai thi công.")), legends, "each appendix keeps the legend above its own table");
    }

    @Test
    void decomposedTextIsNormalisedAndWrappedLinesJoin(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("bao-cao.txt");
        String nfd = Normalizer.normalize("BÁO CÁO\n\nTổng vốn đầu tư trên địa bàn ước đạt 13.181,24 tỷ\nđồng, tăng 7,77% so với cùng kỳ.\n",
                Normalizer.Form.NFD);
        Files.writeString(txt, nfd, StandardCharsets.UTF_8);
        List<LogicalDocument> docs = new DocumentStructure().read("t", Pipeline.readers(ReadConfig.DEFAULT.withMaxChars(1_000_000)).read(txt)).documents();
        Passage p = docs.get(0).passages().stream().filter(x -> x.text().contains("13.181,24")).findFirst().orElseThrow();
        assertEquals("Tổng vốn đầu tư trên địa bàn ước đạt 13.181,24 tỷ đồng, tăng 7,77% so với cùng kỳ.", p.text());
        assertTrue(Normalizer.isNormalized(p.text(), Normalizer.Form.NFC));
        assertEquals(null, p.page(), "plain text has no pages");
        assertEquals(null, docs.get(0).firstPage());
    }

    @Test
    void theLastDocumentRunsToTheFilesLastPage() throws Exception {
        // vn-01-2006-tt-nhnn-tcvn3.pdf: page 3 holds only its page number, still a page of the circular
        StructuredFile f = new DocumentStructure().read("tt", Pipeline.readers(ReadConfig.DEFAULT)
                .read(Corpus.corpus().resolve("realworld/vn-01-2006-tt-nhnn-tcvn3.pdf")));
        LogicalDocument last = f.documents().get(f.documents().size() - 1);
        assertEquals(3, last.lastPage());
        assertTrue(last.passages().stream().allMatch(p -> p.page() <= 2), "no text of page 3 is made up");
        assertEquals(3, documentRecords(f).get(0).pages);
    }

    @Test
    void aDecreesAppendicesAreDocumentsOfTheDecreesPlace(@TempDir Path dir) throws Exception {
        // the layout of Nghị định 47/2020/NĐ-CP: the decree, then two appendices "(Kèm theo Nghị định số …)"
        Path txt = dir.resolve("nghi-dinh.txt");
        Files.writeString(txt, String.join("\n",
                "CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 47/2020/NĐ-CP",
                "Hà Nội, ngày 09 tháng 4 năm 2020", "", "NGHỊ ĐỊNH",
                "Quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước", "",
                "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "",
                "Điều 1. Nghị định này quy định về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước.", "",
                "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc", "",
                "Phụ lục I", "DANH MỤC CƠ SỞ DỮ LIỆU QUỐC GIA",
                "(Kèm theo Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ)", "",
                "1. Cơ sở dữ liệu quốc gia về dân cư.", "",
                "Phụ lục II", "MẪU BÁO CÁO TÌNH HÌNH KẾT NỐI",
                "(Kèm theo Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ)", "",
                "1. Tên hệ thống.", ""), StandardCharsets.UTF_8);
        List<DocumentRecord> docs = documentRecords(new DocumentStructure().read("nd",
                Pipeline.readers(ReadConfig.DEFAULT).read(txt)));
        assertEquals(List.of("Nghị định", "Phụ lục", "Phụ lục"), docs.stream().map(d -> d.kind).toList());
        for (DocumentRecord d : docs) {
            assertEquals("Việt Nam", d.jurisdiction, d.kind + " " + d.title + ": not the place of issue, Hà Nội");
            assertEquals("2020-04-09", d.issued);
        }
    }
}
