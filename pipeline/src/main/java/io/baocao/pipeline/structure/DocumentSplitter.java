package io.baocao.pipeline.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a file into its logical documents: a new one starts at the national motto ({@code CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM}) or at an appendix heading ({@code Phụ lục II}) once the file already holds content,
 * as when a report is followed by a draft resolution, or a set of appendices by the next one.
 */
public final class DocumentSplitter {
    private static final Pattern MOTTO = Pattern.compile("(?iu)^\\s*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    private static final Pattern APPENDIX = Pattern.compile(
            "(?u)^\\s*(?:Phụ lục|PHỤ LỤC)(?:\\s+[IVXLC\\d]+)?(?:\\s*$|\\s+(?=[\\p{Lu}Đ(]{2}))");

    private DocumentSplitter() {
    }

    public static List<List<Block>> split(List<Block> blocks) {
        List<List<Block>> docs = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int content = 0;
        for (Block b : blocks) {
            String t = b.text();
            boolean boundary = (MOTTO.matcher(t).find()
                    || APPENDIX.matcher(t).find() && b.kind != Block.Kind.FOOTNOTE && t.length() < 400) && content >= 3;
            if (boundary) {
                docs.add(current);
                current = new ArrayList<>();
                content = 0;
            }
            current.add(b);
            if (b.kind == Block.Kind.PARAGRAPH || b.kind == Block.Kind.TABLE_ROW) {
                content++;
            } else if (b.kind == Block.Kind.TABLE) {
                content += 3;
            }
        }
        if (!current.isEmpty()) {
            docs.add(current);
        }
        return docs;
    }
}
