package io.baocao.extract.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baocao.extract.model.StatusRecord;
import io.baocao.extract.text.AnnotatedPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statuses stated in prose, on sentences of reports the grammar was not written on. */
class StatusExtractorTest {
    private static List<String> statuses(String sentence) {
        return new StatusExtractor().extract(AnnotatedPassage.of(sentence)).stream()
                .map(s -> s.status + " [" + s.raw + "] " + s.subject).toList();
    }

    @Test
    void xongAfterAnyVerbCompletesIt() {
        // ld-298-ttr-cat-pc04-2025-ocr.pdf p. 1
        assertEquals(List.of("done [đã dự thảo xong] Công an tỉnh"), statuses("Công an tỉnh đã dự thảo xong văn bản chỉ đạo"
                + " của UBND tỉnh về việc tập trung thực hiện công tác cai nghiện tự nguyện."));
        assertEquals(List.of(), statuses("Chúng tôi xong việc lúc 5 giờ."));
    }

    @Test
    void tienHanhIsWorkUnderWay() {
        // cantho-2024-h1-bao-cao.pdf p. 19; bgddt-nhiemvu-2017.pdf p. 5
        assertEquals(List.of("in_progress [đang tiến hành] các trường hợp còn lại"), statuses("Đã tổ chức bốc thăm lựa chọn"
                + " được 62 trường hợp có nghĩa vụ kê khai; các trường hợp còn lại đang tiến hành xác minh tài sản, thu nhập."));
    }

    @Test
    void aNarrativeVerbAloneIsNoStatus() {
        assertEquals(List.of(), statuses("Tiếp tục tiến hành rà soát các thủ tục hành chính."));
    }

    @Test
    void afterACountedSetAndVaTheStatusIsOfWhatFollows() {
        // vn-bc-ktxh-q1-2005-mixed.pdf p. 10
        List<String> found = statuses("Số phòng học đã hoàn thành đưa vào sử dụng là 29.862 phòng và đang triển khai xây"
                + " dựng 8.837 phòng học.");
        assertEquals("in_progress [đang triển khai] đang triển khai xây dựng 8.837 phòng học.", found.get(found.size() - 1));
    }
}
