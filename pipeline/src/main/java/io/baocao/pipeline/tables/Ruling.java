package io.baocao.pipeline.tables;

/**
 * A printed line segment, horizontal or vertical, in page coordinates (y down from the page top):
 * {@code at} is its y (horizontal) or x (vertical), {@code from}..{@code to} its extent along the line.
 */
public record Ruling(boolean horizontal, float at, float from, float to) {

    public Ruling {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    float length() {
        return to - from;
    }

    /** Whether this line covers position {@code p} along its length, within {@code tolerance}. */
    boolean covers(float p, float tolerance) {
        return p >= from - tolerance && p <= to + tolerance;
    }

    boolean crosses(Ruling other, float tolerance) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return covers(other.at, tolerance) && other.covers(at, tolerance);
    }
}
