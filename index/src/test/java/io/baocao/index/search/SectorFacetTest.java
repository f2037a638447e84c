package io.baocao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.model.FigureRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import io.baocao.index.BaocaoIndex;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.IngestedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sector a passage and its records were given, stored, filtered on and counted, on an index on disk. */
class SectorFacetTest {
    @TempDir
    Path dir;

    private static final DocumentContext BC = new DocumentContext("bc", "Báo cáo", 2024, "thành phố Cần Thơ");

    @Test
    void aPassageAndItsRecordsCountOnceInTheirSectorAndTheFilterKeepsThem() throws Exception {
        Passage investment = new Passage("bc", 4, null, "Ước giải ngân đến ngày 30 tháng 6 năm 2024 là 3.100 tỷ đồng, đạt "
                + "35,03% kế hoạch vốn.", Passage.Kind.SENTENCE, BC, null).withSector("dau-tu-cong");
        Passage health = new Passage("bc", 12, null, "Tỷ lệ tham gia bảo hiểm y tế ước 6 tháng năm 2024 đạt 86,74%; tiến độ "
                + "giải ngân vốn sự nghiệp y tế chậm.", Passage.Kind.SENTENCE, BC, null).withSector("y-te");
        FigureRecord figure = new FigureRecord().from(investment);
        figure.value = 3100.0;
        figure.unit = "tỷ đồng";
        figure.sector = investment.sector();
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            index.put(new IngestedFile("/bc.pdf", "h1", "bc", 20, List.of(investment, health), List.<Record>of(figure)));
            index.commit();
        }
        try (BaocaoSearcher s = BaocaoSearcher.open(dir)) {
            SearchPolicy policy = new SearchPolicy(s);
            SearchResults all = policy.search("giải ngân", null, null, 10);
            assertEquals(3, all.hits().size());
            assertEquals(Map.of("dau-tu-cong", 1L, "y-te", 1L), all.sectorCounts());
            SearchResults onlyHealth = policy.search("giải ngân", null, null, "y-te", 10);
            assertEquals(List.of("y-te"), onlyHealth.hits().stream().map(h -> h.sector()).toList());
            SearchResults onlyInvestment = policy.search("giải ngân", null, null, "dau-tu-cong", 10);
            assertEquals(2, onlyInvestment.hits().size());
            assertEquals("dau-tu-cong", HitJson.of(onlyInvestment.hits().get(0)).get("sector").asText());
            assertEquals("dau-tu-cong", RecordJson.MAPPER.readTree(onlyInvestment.hits().stream()
                    .filter(h -> h.recordJson() != null).findFirst().orElseThrow().recordJson()).get("sector").asText());
        }
    }
}
