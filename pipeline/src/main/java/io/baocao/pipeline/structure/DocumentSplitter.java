package io.baocao.pipeline.structure;

import io.baocao.extract.grammar.KindLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a file into its logical documents: a new one starts at the national motto ({@code CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM}, or the Party's {@code ĐẢNG CỘNG SẢN VIỆT NAM}), at an appendix heading
 * ({@code Phụ lục II}), or at the heading of a document issued with or attached to another ({@code QUY
 * ĐỊNH}, {@code DANH MỤC}, {@code MẪU PHIẾU} …) that a {@code (Kèm theo …)} or {@code (Ban hành kèm theo …)}
 * line follows, once the file already holds content: a report followed by a draft resolution, a letter by
 * the list it sends, a decree by its appendices. The motto may stand in a line of its own or beside the
 * issuer in one line of a two-column header (a Word layout table, a PDF line read across both columns).
 */
public final class DocumentSplitter {
    private static final Pattern MOTTO = Pattern.compile(
            "(?u)C[ỘO]NG\\s+H(?:ÒA|OÀ|OA)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|^\\s*(?iu:cộng hòa xã hội chủ nghĩa việt nam)"
            + "|^\\s*ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM\\s*$");
    private static final Pattern APPENDIX = Pattern.compile(
            "(?u)^\\s*(?:Phụ lục|PHỤ LỤC)(?:\\s+[IVXLC\\d]+)?(?:\\s*$|\\s+(?=[\\p{Lu}Đ(]{2}))");
    private static final Pattern ATTACHED_TO = Pattern.compile("(?iu)^\\s*\\(?\\s*(?:Ban hành\\s+)?kèm theo\\b|\\(\\s*(?:Ban hành\\s+)?kèm theo\\b");

    private DocumentSplitter() {
    }

    public static List<List<Block>> split(List<Block> blocks) {
        List<List<Block>> docs = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int content = 0;
        boolean startedAttached = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // a header laid out as a small table (a Word layout table): its first row is the header's line
            String t = b.kind == Block.Kind.TABLE
                    ? (b.table.rows().size() <= 3 && !b.table.rows().isEmpty() ? String.join(" ", b.table.rows().get(0).cells()) : "")
                    : b.text();
            boolean heading = b.kind != Block.Kind.FOOTNOTE && t.length() < 400;
            boolean opening = MOTTO.matcher(t).find() && heading && t.length() < 300
                    || APPENDIX.matcher(t).find() && heading
                    || heading && b.kind != Block.Kind.TABLE && attachedHeading(blocks, i);
            // an appendix or attached list that opened with its own heading is whole with less: its "(Kèm theo …)"
            // line and one item (a decree's one-line list of databases)
            if (opening && content >= (startedAttached ? 2 : 3)) {
                docs.add(current);
                current = new ArrayList<>();
                content = 0;
            }
            if (opening && content == 0) {
                startedAttached = !MOTTO.matcher(t).find();
            }
            current.add(b);
            if (opening) {
                // the line that opens a document is its header, not content of it
                continue;
            }
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

    /** A kind line of an attached document, with its "(Kèm theo …)" line in it or in the next two blocks. */
    private static boolean attachedHeading(List<Block> blocks, int at) {
        var line = KindLines.kindLine(blocks.get(at).text().strip());
        if (line.isEmpty() || !line.get().kind().attached()) {
            return false;
        }
        for (int j = at; j < blocks.size() && j <= at + 2; j++) {
            Block next = blocks.get(j);
            if (next.kind == Block.Kind.TABLE) {
                return false;
            }
            String t = j == at ? line.get().rest() : next.text();
            if (ATTACHED_TO.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
