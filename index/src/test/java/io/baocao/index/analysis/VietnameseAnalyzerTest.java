package io.baocao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    @Test
    void foldedMeetsEverySpelling() throws IOException {
        Analyzer folded = VietnameseAnalyzer.folded();
        List<String> expected = List.of("giai", "ngan");
        assertEquals(expected, tokens(folded, "giải ngân"));
        assertEquals(expected, tokens(folded, "GIẢI NGÂN"));
        assertEquals(expected, tokens(folded, "giai ngan"));
        // decomposed marks (what some PDFs and OCR hand over) fold the same way
        assertEquals(expected, tokens(folded, Normalizer.normalize("giải ngân", Normalizer.Form.NFD)));
        assertEquals(List.of("dong", "bang", "song", "cuu", "long"), tokens(folded, "Đồng bằng sông Cửu Long"));
    }

    @Test
    void exactKeepsMarksButNotCase() throws IOException {
        Analyzer exact = VietnameseAnalyzer.exact();
        assertEquals(List.of("giải", "ngân"), tokens(exact, "GIẢI NGÂN"));
        assertEquals(List.of("giải", "ngân"), tokens(exact, Normalizer.normalize("Giải Ngân", Normalizer.Form.NFD)));
    }

    @Test
    void oldAndNewToneMarkPlacementMeet() throws IOException {
        Analyzer exact = VietnameseAnalyzer.exact();
        assertEquals(tokens(exact, "Bình Thủy hòa khỏe"), tokens(exact, "Bình Thuỷ hoà khoẻ"));
        assertEquals(List.of("quý", "hoàn"), tokens(exact, "quý hoàn"));
    }

    @Test
    void formsHoldTheWrittenAndTheFoldedSpellingAtOnePosition() throws IOException {
        // đang and Đảng differ as written and meet only folded: a query typed with marks asks for the first
        assertEquals(List.of("dang", "đang", "thuc", "thực", "hien", "hiện"), tokens(VietnameseAnalyzer.forms(), "đang thực hiện"));
        assertEquals(List.of("dang", "đảng"), tokens(VietnameseAnalyzer.forms(), "Đảng"));
        assertEquals(List.of("grdp"), tokens(VietnameseAnalyzer.forms(), "GRDP"));
    }

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }
}
