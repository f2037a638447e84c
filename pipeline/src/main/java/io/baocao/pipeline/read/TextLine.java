package io.baocao.pipeline.read;

import java.util.List;

/**
 * One printed line as the reader saw it. Layout fields are in PDF points (y grows down the page); formats
 * without layout leave them at 0 and set {@code blockStart} where the source marks a paragraph.
 *
 * @param anchors   footnote numbers printed as superscripts in this line (removed from {@code text})
 * @param footnote  the footnote number this line opens, or 0; -1 for a continuation line of a footnote
 * @param cells     for a table row from a format that marks tables (DOCX, HTML), its cells
 */
public record TextLine(int page, String text, float x, float y, float width, float height, float fontSize,
                       boolean bold, List<Integer> anchors, int footnote, boolean blockStart, List<String> cells,
                       float pageWidth, float pageHeight) {

    public boolean isFootnote() {
        return footnote != 0;
    }

    public TextLine withText(String t) {
        return new TextLine(page, t, x, y, width, height, fontSize, bold, anchors, footnote, blockStart, cells,
                pageWidth, pageHeight);
    }

    public TextLine asFootnote(int number) {
        return new TextLine(page, text, x, y, width, height, fontSize, bold, anchors, number, blockStart, cells,
                pageWidth, pageHeight);
    }
}
