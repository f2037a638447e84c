package io.baocao.pipeline.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.model.PercentageRecord;
import io.baocao.pipeline.Corpus;
import io.baocao.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table printed in text, its column names over the value columns only, the label column blank (Bộ KH&ĐT,
 * quý I/2005, corpus/realworld/vn-bc-ktxh-q1-2005-mixed.pdf, page 1):
 * <pre>
 *                                                       Quý I-2004    Quý I-2005
 *   (1). Tốc độ tăng trưởng GDP (%)                             7,0          7,23
 * </pre>
 * Two names make a line of two chunks, fewer than a row's three: the header must still head the table. On
 * page 10 the same file prints justified prose word by word, with gaps wide enough to cut its lines into
 * three chunks: that is no table. Nor is a letter whose header line ({@code Số: 791 /CCQLĐĐ-ĐĐBĐ   Bình Định,
 * ngày …}) stands over its justified body (corpus/realworld/bd-791-ccqldd-2020.pdf): the words after its wide
 * gaps do not line up as a column's cells do.
 */
class TextColumnsTest {
    static Path file = Corpus.file("realworld/vn-bc-ktxh-q1-2005-mixed.pdf");
    static List<Table> tables;

    @BeforeAll
    static void read() throws Exception {
        tables = Corpus.tables(file);
    }

    @Test
    void theLineOverTheValueColumnsNamesThem() {
        Table t = tables.get(0);
        assertEquals(List.of("", "Quý I-2004", "Quý I-2005"), t.columns());
        assertEquals(List.of("(1). Tốc độ tăng trưởng GDP (%)", "7,0", "7,23"), t.rows().get(0).cells());
    }

    @Test
    void theSentenceIntroducingTheTableStaysOut() {
        Table t = tables.get(0);
        assertTrue(t.rows().stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c.contains("như sau")),
                () -> "rows: " + t.rows());
    }

    @Test
    void eachValueTakesItsColumnAndTheYearTheColumnNames() throws Exception {
        List<PercentageRecord> gdp = new Pipeline().process(file).records().stream()
                .filter(r -> r instanceof PercentageRecord p && p.text != null && p.text.startsWith("(1). Tốc độ tăng trưởng GDP"))
                .map(r -> (PercentageRecord) r).toList();
        assertEquals(List.of("7,0 Quý I-2004 2004", "7,23 Quý I-2005 2005"),
                gdp.stream().map(p -> p.raw + " " + p.column + " " + p.year).toList());
    }

    @Test
    void justifiedProsePrintedWordByWordIsNoTable() {
        assertEquals(1, tables.size(), () -> "tables: " + tables.stream().map(Table::columns).toList());
        assertTrue(tables.get(0).rows().stream().allMatch(r -> r.page() <= 2));
    }

    @Test
    void aLetterUnderItsHeaderLineIsNoTableAndItsCitationsReadWhole() throws Exception {
        Path letter = Corpus.file("realworld/bd-791-ccqldd-2020.pdf");
        assertEquals(List.of(), Corpus.tables(letter));
        List<String> numbers = new Pipeline().process(letter).records().stream()
                .filter(r -> r instanceof io.baocao.extract.model.ReferenceRecord).map(r -> ((io.baocao.extract.model.ReferenceRecord) r).number).toList();
        assertTrue(numbers.contains("7887/CCQLĐĐ-ĐĐBĐ"), () -> "numbers: " + numbers);
    }
}
