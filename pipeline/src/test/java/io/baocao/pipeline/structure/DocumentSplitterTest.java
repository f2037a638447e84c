package io.baocao.pipeline.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One logical document per document the reader sees in a file. */
class DocumentSplitterTest {
    private static List<Block> blocks(Object... kindAndText) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < kindAndText.length; i += 2) {
            Block b = new Block((Block.Kind) kindAndText[i]);
            b.append((String) kindAndText[i + 1], 1);
            out.add(b);
        }
        return out;
    }

    private static final Object[] LETTER = {
        Block.Kind.HEADING, "UBND TỈNH BÌNH ĐỊNH",
        Block.Kind.HEADING, "VĂN PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        Block.Kind.PARAGRAPH, "Số: /VPUBND-TTPVHCC V/v sử dụng chữ ký số trên Phiếu tiếp nhận",
        Block.Kind.PARAGRAPH, "Kính gửi: Các sở, ban.",
        Block.Kind.PARAGRAPH, "1. Sử dụng chữ ký số theo mẫu đính kèm.",
        Block.Kind.PARAGRAPH, "2. Các sở, ban triển khai thực hiện.",
    };

    @Test
    void letterThenTheFormItSends() {
        List<Object> all = new ArrayList<>(List.of(LETTER));
        all.addAll(List.of(Block.Kind.HEADING, "MẪU PHIẾU GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                Block.Kind.PARAGRAPH, "(Kèm theo Công văn số: /VPUBND-TTVPVHCC ngày /7/2020 của Văn phòng Ủy ban nhân dân tỉnh)",
                Block.Kind.PARAGRAPH, "Mẫu số 01"));
        List<List<Block>> docs = DocumentSplitter.split(blocks(all.toArray()));
        assertEquals(2, docs.size());
        assertEquals("MẪU PHIẾU GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", docs.get(1).get(0).text());
    }

    @Test
    void decisionThenTheRegulationItIssuesUnderItsOwnTwoColumnHeader() {
        List<Object> all = new ArrayList<>(List.of(LETTER));
        all.addAll(List.of(Block.Kind.TABLE_ROW, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc",
                Block.Kind.HEADING, "QUY ĐỊNH",
                Block.Kind.PARAGRAPH, "Về quản lý đại lý Internet (Ban hành kèm theo Quyết định số 15/2010/QĐ-UBND)",
                Block.Kind.PARAGRAPH, "Điều 1. Phạm vi điều chỉnh",
                Block.Kind.PARAGRAPH, "Quy định này điều chỉnh việc quản lý các đại lý Internet.",
                Block.Kind.PARAGRAPH, "Mọi tổ chức, cá nhân phải thực hiện theo Quy định này và pháp luật Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam."));
        List<List<Block>> docs = DocumentSplitter.split(blocks(all.toArray()));
        assertEquals(2, docs.size(), "the motto in running text opens no document, the regulation's header does, once");
        assertEquals(Block.Kind.TABLE_ROW, docs.get(1).get(0).kind);
    }
}
