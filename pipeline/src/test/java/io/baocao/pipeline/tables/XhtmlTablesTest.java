package io.baocao.pipeline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Corpus;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Tables of formats without pages, through Tika's XHTML: the same shape as from a PDF. */
class XhtmlTablesTest {
    static final List<String> COLUMNS = List.of("Chỉ tiêu", "ĐVT", "Năm 2024 > Kế hoạch", "Năm 2024 > Ước thực hiện", "Ghi chú");

    @TempDir
    Path dir;

    @Test
    void anHtmlTableWithMergedHeaderCells() throws Exception {
        Path html = dir.resolve("bang.html");
        Files.writeString(html, """
                <html><head><meta charset="utf-8"><title>Phụ lục</title></head><body>
                <p>SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024</p>
                <table>
                  <tr><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="2">Năm 2024</th><th rowspan="2">Ghi chú</th></tr>
                  <tr><th>Kế hoạch</th><th>Ước thực hiện</th></tr>
                  <tr><td colspan="5">A. Chỉ tiêu kinh tế</td></tr>
                  <tr><td>1. Tổng vốn đầu tư</td><td>Tỷ đồng</td><td>35.000,00</td><td>31.500,00</td><td><p>Chưa đạt</p><p>kế hoạch</p></td></tr>
                  <tr><td>2. Tỷ lệ hộ nghèo</td><td>%</td><td>0,15</td><td>0,09</td><td>95,24 %</td></tr>
                </table>
                <p>Ghi chú: số liệu ước thực hiện.</p>
                </body></html>
                """, StandardCharsets.UTF_8);
        List<Table> tables = Corpus.tables(html);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(COLUMNS, t.columns());
        assertEquals(List.of(
                List.of("A. Chỉ tiêu kinh tế", "", "", "", ""),
                List.of("1. Tổng vốn đầu tư", "Tỷ đồng", "35.000,00", "31.500,00", "Chưa đạt kế hoạch"),
                List.of("2. Tỷ lệ hộ nghèo", "%", "0,15", "0,09", "95,24 %")), cells(t));
        assertTrue(t.regions().isEmpty());
        assertTrue(t.rows().stream().allMatch(r -> r.page() == 0 && r.y() == 0));
    }

    /** Word's merged cells: Tika prints a cell spanning columns once and a cell merged down as empty. */
    @Test
    void aDocxTableWithMergedHeaderCells() throws Exception {
        Path docx = dir.resolve("bang.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024");
            XWPFTable t = d.createTable(4, 5);
            String[][] text = {
                {"Chỉ tiêu", "ĐVT", "Năm 2024", "", "Ghi chú"},
                {"", "", "Kế hoạch", "Ước thực hiện", ""},
                {"1. Tổng vốn đầu tư", "Tỷ đồng", "35.000,00", "31.500,00", "Chưa đạt"},
                {"2. Tỷ lệ hộ nghèo", "%", "0,15", "0,09", "95,24 %"},
            };
            for (int r = 0; r < text.length; r++) {
                for (int c = 0; c < 5; c++) {
                    XWPFTableCell cell = t.getRow(r).getCell(c);
                    cell.setText(text[r][c]);
                    if (r < 2) {
                        cell.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true));
                    }
                }
            }
            for (int c : new int[] {0, 1, 4}) {
                t.getRow(0).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                t.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
            }
            t.getRow(0).getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
            t.getRow(0).getCtRow().removeTc(3);
            d.createParagraph().createRun().setText("Ghi chú: số liệu ước thực hiện.");
            d.write(out);
        }
        List<Table> tables = Corpus.tables(docx);
        assertEquals(1, tables.size());
        assertEquals(COLUMNS, tables.get(0).columns());
        assertEquals(List.of(
                List.of("1. Tổng vốn đầu tư", "Tỷ đồng", "35.000,00", "31.500,00", "Chưa đạt"),
                List.of("2. Tỷ lệ hộ nghèo", "%", "0,15", "0,09", "95,24 %")), cells(tables.get(0)));
    }

    /** A document split per page repeats the header in a new table; a title between means a new table. */
    @Test
    void tablesWithTheSameHeaderAreOneTableUnlessTextStandsBetween() throws Exception {
        String head = "<tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch</th></tr>";
        Path html = dir.resolve("hai-bang.html");
        Files.writeString(html, "<html><body><p>Biểu 01</p>"
                + "<table>" + head + "<tr><td>1. Vốn đầu tư</td><td>Tỷ đồng</td><td>35.000</td></tr></table>"
                + "<table>" + head + "<tr><td>2. Thu ngân sách</td><td>Tỷ đồng</td><td>12.445</td></tr></table>"
                + "<p>Biểu 02: quận Ninh Kiều</p>"
                + "<table>" + head + "<tr><td>1. Vốn đầu tư</td><td>Tỷ đồng</td><td>3.500</td></tr></table>"
                + "</body></html>", StandardCharsets.UTF_8);
        List<Table> tables = Corpus.tables(html);
        assertEquals(2, tables.size());
        assertEquals(List.of(List.of("1. Vốn đầu tư", "Tỷ đồng", "35.000"), List.of("2. Thu ngân sách", "Tỷ đồng", "12.445")), cells(tables.get(0)));
        assertEquals(List.of(List.of("1. Vốn đầu tư", "Tỷ đồng", "3.500")), cells(tables.get(1)));
    }

    @Test
    void theCorpusDocxHasNoTables() throws Exception {
        assertEquals(List.of(), Corpus.tables(Corpus.file("cantho-2023-ke-hoach-22.docx")));
    }

    static List<List<String>> cells(Table t) {
        return t.rows().stream().map(Row::cells).toList();
    }
}
