package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesCommandTest {
    static final Path PHU_LUC = Corpus.file("cantho-2024-phu-luc-320.pdf");

    @TempDir
    Path dir;

    @Test
    void printsEachTableAsMarkdownWithHeaderPathsAndPages() {
        String out = stdout("tables", PHU_LUC.toString());
        assertTrue(out.startsWith("## cantho-2024-phu-luc-320 — table 1 of 3: 8 columns, 47 rows, pages 1–3\n"), out.substring(0, 200));
        assertTrue(out.contains("| page | Chỉ tiêu | ĐVT | Năm 2023 > Thực hiện cả năm | Năm 2024 > Nghị quyết HĐND TP |"), out);
        assertTrue(out.contains("| 1 | A. Chỉ tiêu kinh tế |  |  |  |  |  |  |  |\n"), out);
        assertTrue(out.contains("| 2 | Thu hải quan | Tỷ đồng | 407,88 | 318,00 | 393,53 | 123,75 | 96,48 |  |\n"), out);
        assertTrue(out.contains("## cantho-2024-phu-luc-320 — table 3 of 3: 7 columns, 26 rows, pages 10–16"), out);
    }

    @Test
    void writesOneCsvPerTable() throws Exception {
        Path csv = dir.resolve("csv");
        assertEquals(0, Baocao.run("tables", PHU_LUC.toString(), "--csv", csv.toString()));
        for (int n = 1; n <= 3; n++) {
            assertTrue(Files.exists(csv.resolve("cantho-2024-phu-luc-320-table-" + n + ".csv")), "table " + n);
        }
        List<String> lines = Files.readAllLines(csv.resolve("cantho-2024-phu-luc-320-table-1.csv"), StandardCharsets.UTF_8);
        assertEquals("Chỉ tiêu,ĐVT,Năm 2023 > Thực hiện cả năm,Năm 2024 > Nghị quyết HĐND TP,Năm 2024 > Ước thực hiện cả năm,"
                + "So sánh (%) > Ước TH năm 2024/so NQ,So sánh (%) > Ước TH năm 2024/so năm 2023,Ghi chú", lines.get(0));
        assertEquals("1. Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP),%,\"5,75\",\"7,5-8,0\",\"5,86\",,,Chưa đạt NQ", lines.get(2));
        assertEquals(48, lines.size());
    }

    @Test
    void aFileThatCannotBeReadExitsWithThree() {
        assertEquals(3, Baocao.run("tables", dir.resolve("nope.pdf").toString()));
        assertEquals(2, Baocao.run("tables"));
    }

    private static String stdout(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Baocao.run(args));
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
