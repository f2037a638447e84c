package io.baocao.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.text.TextFold;
import io.baocao.index.BaocaoSearcher;
import io.baocao.pipeline.CorpusIndex;
import io.baocao.pipeline.cli.Baocao;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baocao export} on the ingested corpus: row counts equal {@code baocao stats}, types and text survive. */
class RecordExportTest {
    @TempDir
    static Path out;
    static Path index;
    static Map<String, Long> stats;
    static long total;

    @BeforeAll
    static void index() throws Exception {
        index = CorpusIndex.path();
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            stats = new HashMap<>(s.counts());
        }
        total = List.of("document", "figure", "percentage", "reference", "status").stream().mapToLong(stats::get).sum();
        assertTrue(total > 1000, "the corpus holds over a thousand records: " + stats);
    }

    @Test
    void csvHasOneRowPerRecordInUtf8WithBom() throws Exception {
        Path csv = out.resolve("all.csv");
        assertEquals(0, Baocao.run("export", "--index", index.toString(), "--format", "csv", "-o", csv.toString()));
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals("type", p.getHeaderNames().get(0).replace("\uFEFF", ""));
            assertTrue(p.getHeaderNames().containsAll(List.of("doc", "page", "section", "text", "value", "unit", "role",
                    "number", "issued", "status", "lead", "year", "jurisdiction", "period")), p.getHeaderNames().toString());
            rows = p.getRecords();
        }
        assertEquals(total, rows.size());
        Map<String, Long> perType = new HashMap<>();
        for (CSVRecord r : rows) {
            perType.merge(r.get(0), 1L, Long::sum);
        }
        for (String t : List.of("document", "figure", "percentage", "reference", "status")) {
            assertEquals(stats.get(t), perType.get(t), t);
        }
        // báo cáo 2024 p.5: "giải ngân 2.029,859/5.860,400 tỷ đồng" read back with its Vietnamese and plain numbers
        CSVRecord disbursed = rows.stream().filter(r -> r.get("raw").equals("2.029,859/5.860,400 tỷ đồng")).findFirst()
                .orElseThrow();
        assertEquals("2029.859", disbursed.get("value"));
        assertEquals("5860.4", disbursed.get("target"));
        assertEquals("tỷ đồng", disbursed.get("unit"));
        assertEquals("thành phố Cần Thơ", disbursed.get("jurisdiction"));
        assertEquals("5", disbursed.get("page"));
        // evidence that starts with "- " (a list item) would be a formula to a spreadsheet: it is prefixed
        List<CSVRecord> dashed = rows.stream().filter(r -> r.get("text").startsWith("'-")).toList();
        assertFalse(dashed.isEmpty());
        assertTrue(rows.stream().noneMatch(r -> r.get("text").startsWith("-") || r.get("text").startsWith("=")));
    }

    @Test
    void xlsxHasOneSheetPerTypeWithNumbersAsNumbersAndAFrozenHeader() throws Exception {
        Path xlsx = out.resolve("all.xlsx");
        assertEquals(0, Baocao.run("export", "--index", index.toString(), "--format", "xlsx", "-o", xlsx.toString()));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(5, book.getNumberOfSheets());
            long rows = 0;
            for (String t : List.of("document", "figure", "percentage", "reference", "status")) {
                Sheet s = book.getSheet(t);
                assertEquals(stats.get(t), (long) s.getLastRowNum(), t + " rows");
                rows += s.getLastRowNum();
                assertTrue(s.getPaneInformation().isFreezePane(), t + " header frozen");
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
                assertEquals(RecordColumns.of(t).get(0), s.getRow(0).getCell(0).getStringCellValue());
            }
            assertEquals(total, rows);
            Sheet figures = book.getSheet("figure");
            Map<String, Integer> col = columns(figures.getRow(0));
            Row disbursed = null;
            for (Row r : figures) {
                Cell raw = r.getCell(col.get("raw"));
                if (raw != null && raw.getStringCellValue().equals("2.029,859/5.860,400 tỷ đồng")) {
                    disbursed = r;
                }
            }
            assertTrue(disbursed != null);
            assertEquals(CellType.NUMERIC, disbursed.getCell(col.get("value")).getCellType());
            assertEquals(2029.859, disbursed.getCell(col.get("value")).getNumericCellValue(), 1e-9);
            assertEquals(CellType.NUMERIC, disbursed.getCell(col.get("page")).getCellType());
            assertEquals("tỷ đồng", disbursed.getCell(col.get("unit")).getStringCellValue());
            // a list item "- …" stays as written, stored as quote-prefixed text that is never evaluated
            int dashed = 0;
            for (Row r : figures) {
                Cell text = r.getCell(col.get("text"));
                if (r.getRowNum() > 0 && text != null && text.getStringCellValue().startsWith("-")) {
                    assertTrue(text.getCellStyle().getQuotePrefixed(), "row " + r.getRowNum());
                    assertEquals(CellType.STRING, text.getCellType());
                    dashed++;
                }
            }
            assertTrue(dashed > 0);
        }
    }

    @Test
    void jsonlWithAQueryHoldsTheMatchingRecordsOnly() throws Exception {
        Path jsonl = out.resolve("giai-ngan.jsonl");
        assertEquals(0, Baocao.run("export", "--index", index.toString(), "--query", "giai ngan", "--type", "figure",
                "--year", "2024", "--format", "jsonl", "-o", jsonl.toString()));
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        try (BaocaoSearcher s = BaocaoSearcher.open(index)) {
            assertEquals(s.search("giai ngan", 2024, "figure", 100_000).size(), lines.size());
        }
        assertTrue(lines.size() > 10);
        for (String l : lines) {
            JsonNode r = RecordJson.MAPPER.readTree(l);
            assertEquals("figure", r.get("type").asText());
            assertEquals(2024, r.get("year").asInt());
            String folded = TextFold.fold(r.get("text").asText() + " " + r.path("metric").asText() + " " + r.path("raw").asText());
            assertTrue(folded.contains("giai") && folded.contains("ngan"), l);
        }
    }

    @Test
    void badArgumentsAreUsageErrorsAndLeaveNoFile() throws Exception {
        Path f = out.resolve("bad.txt");
        assertEquals(2, Baocao.run("export", "--index", index.toString(), "--format", "pdf", "-o", f.toString()));
        assertEquals(2, Baocao.run("export", "--index", index.toString(), "--format", "csv", "--type", "passage", "-o", f.toString()));
        assertEquals(2, Baocao.run("export", "--index", out.resolve("nowhere").toString(), "--format", "csv", "-o", f.toString()));
        assertFalse(Files.exists(f));
        assertFalse(Files.exists(out.resolve("bad.txt.part")));
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> out = new HashMap<>();
        for (Cell c : header) {
            out.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return out;
    }
}
