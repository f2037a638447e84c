package io.baocao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking on a real index on disk: marks typed are kept, syllables side by side before scattered ones. */
class RankingTest {
    @TempDir
    Path dir;

    @Test
    void marksTypedAreKeptPhraseBeforeScattered() throws Exception {
        DocumentContext ctx = new DocumentContext("d", "Báo cáo", 2024, "thành phố Cần Thơ");
        List<Passage> passages = List.of(
                passage("Các giải pháp tăng vốn cho ngân hàng chính sách xã hội.", ctx),
                passage("Số vốn giai ngàn tỷ được bàn trong kỳ họp.", ctx),
                passage("Kết quả giải ngân vốn đầu tư công đạt 32,14% kế hoạch.", ctx));
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(new IngestedFile("/f.pdf", "h1", "d", 1, passages, List.of()));
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            // typed with marks: giải and ngân as typed (giai ngàn is other words); side by side before scattered
            List<SearchHit> hits = s.search("giải ngân", null, null, 10);
            assertEquals(List.of(passages.get(2).text(), passages.get(0).text()), hits.stream().map(SearchHit::text).toList());
            // typed without marks: every spelling, the two phrases before the scattered syllables
            List<SearchHit> folded = s.search("GIAI NGAN", null, null, 10);
            assertEquals(3, folded.size());
            assertEquals(passages.get(0).text(), folded.get(2).text());
            assertEquals(2024, folded.get(0).year());
        }
    }

    private static Passage passage(String text, DocumentContext ctx) {
        return new Passage("d", 1, null, text, Passage.Kind.SENTENCE, ctx, null);
    }
}
