package io.baocao.pipeline.tables;

/**
 * One printed character with the geometry table reconstruction needs, in page coordinates as read
 * (x to the right, y down from the page top, y at the baseline).
 */
public record Glyph(String text, float x, float baseline, float width, float fontSize, boolean bold) {

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /** The middle of the glyph's body: the point that decides which cell a glyph is printed in. */
    float centerY() {
        return baseline - fontSize * 0.3f;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
