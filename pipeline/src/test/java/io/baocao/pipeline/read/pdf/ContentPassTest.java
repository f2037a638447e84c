package io.baocao.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.Corpus;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The appendix PDF has ruled tables on most pages: lines, table glyphs and rulings come from one pass. */
class ContentPassTest {
    @Test
    void eachPageIsInterpretedOnceForLinesAndTables() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Corpus.file("cantho-2024-phu-luc-320.pdf").toFile())) {
            ContentPass pass = new ContentPass(Long.MAX_VALUE, true);
            pass.getText(doc);
            assertEquals(doc.getNumberOfPages(), pass.pagesInterpreted);
            assertTrue(pass.lines.stream().anyMatch(l -> l.text().contains("Phụ lục I")), "prose lines are read");
            List<io.baocao.pipeline.tables.Table> tables = pass.tables();
            assertEquals(3, tables.size(), "the three appendix tables, found from the ruling lines of the same pass");
            assertTrue(tables.get(0).rows().size() > 40);
        }
    }
}
