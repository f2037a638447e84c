package io.baocao.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class ModelBytesTest {
    private static final List<DocumentSample> SAMPLES = List.of(
            new DocumentSample("dau-tu-cong", "Giải ngân vốn đầu tư công đạt 95 % kế hoạch".split(" ")),
            new DocumentSample("dau-tu-cong", "Tiến độ giải ngân các dự án đầu tư công còn chậm".split(" ")),
            new DocumentSample("y-te", "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93 %".split(" ")),
            new DocumentSample("y-te", "Số giường bệnh trên vạn dân tăng so với cùng kỳ".split(" ")));

    private static DoccatModel train() throws IOException {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, 20);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        return DocumentCategorizerME.train("vi", new CollectionObjectStream<>(SAMPLES), p, new DoccatFactory());
    }

    @Test
    void twoTrainingsOfTheSameDataAreTheSameBytes() throws Exception {
        byte[] first = ModelBytes.of(train());
        Thread.sleep(5); // a later training time: only the normalised fields may hold it
        byte[] second = ModelBytes.of(train());
        assertArrayEquals(first, second);
    }

    @Test
    void theNormalisedModelStillLoadsAndClassifies() throws Exception {
        DoccatModel loaded = new DoccatModel(new ByteArrayInputStream(ModelBytes.of(train())));
        DocumentCategorizerME categorizer = new DocumentCategorizerME(loaded);
        double[] outcome = categorizer.categorize("giải ngân vốn đầu tư công".split(" "));
        assertEquals("dau-tu-cong", categorizer.getBestCategory(outcome));
    }
}
