package io.baocao.pipeline.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph, heading, footnote or table row rebuilt from lines, with the page each part of its text
 * came from (a paragraph may run across a page break and around a footnote block).
 */
public final class Block {
    public enum Kind { PARAGRAPH, HEADING, FOOTNOTE, TABLE_ROW, TABLE }

    public Kind kind;
    public final StringBuilder text = new StringBuilder();
    /** Offsets into {@link #text} where a page starts: pairs of (offset, page). */
    public final List<int[]> pages = new ArrayList<>();
    public boolean bold;
    public boolean allCaps;
    public float x;
    public int footnoteNumber;
    public List<String> cells;
    public String section;
    /** Where the block's first line is printed (PDF points from the top of its page). */
    public float y;
    /** For a {@link Kind#TABLE} block: the table reconstructed from the layout. */
    public io.baocao.pipeline.tables.Table table;

    Block(Kind kind) {
        this.kind = kind;
    }

    static Block of(io.baocao.pipeline.tables.Table table) {
        Block b = new Block(Kind.TABLE);
        b.table = table;
        b.pages.add(new int[] {0, table.firstPage()});
        b.y = table.regions().isEmpty() ? 0 : table.regions().get(0).top();
        return b;
    }

    public int firstPage() {
        return pages.isEmpty() ? 0 : pages.get(0)[1];
    }

    public int lastPage() {
        return pages.isEmpty() ? 0 : pages.get(pages.size() - 1)[1];
    }

    /** The page the character at {@code offset} was printed on. */
    public int pageAt(int offset) {
        int page = firstPage();
        for (int[] p : pages) {
            if (p[0] <= offset) {
                page = p[1];
            } else {
                break;
            }
        }
        return page;
    }

    void append(String s, int page) {
        if (pages.isEmpty() || pages.get(pages.size() - 1)[1] != page) {
            pages.add(new int[] {text.length(), page});
        }
        text.append(s);
    }

    public String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return kind + "@" + firstPage() + ": " + text;
    }
}
