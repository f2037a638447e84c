package io.baocao.pipeline.tables;

/** Where a table is printed on a page: everything between top and bottom (y, from the page top) belongs to it. */
public record Region(int page, float top, float bottom) {

    public boolean contains(int page, float y) {
        return this.page == page && y >= top && y <= bottom;
    }
}
