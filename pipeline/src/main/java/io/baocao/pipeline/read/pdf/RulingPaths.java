package io.baocao.pipeline.read.pdf;

import io.baocao.pipeline.tables.Ruling;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * The ruling lines of a page, built from the path operators of its content stream as the one content
 * pass ({@link ContentPass}) meets them: stroked horizontal and vertical segments, the edges of stroked
 * rectangles, and thin filled rectangles (browsers and office suites print cell borders as those).
 * Points arrive in PDF user space after the CTM; rulings come out in the frame text positions use: x to
 * the right and y down from the top of the page as displayed (crop box, page rotation).
 */
final class RulingPaths {
    /** A filled rectangle thinner than this is a line, not a shaded area. */
    private static final float MAX_THICKNESS = 3f;
    /** A segment within this of horizontal or vertical counts as such. */
    private static final float SKEW = 1f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private Point2D currentPoint;
    private PDRectangle crop = new PDRectangle();
    private int rotation;

    /** Starts a page: its rulings so far are dropped. */
    void startPage(PDRectangle cropBox, int pageRotation) {
        rulings.clear();
        reset();
        currentPoint = null;
        crop = cropBox;
        rotation = ((pageRotation % 360) + 360) % 360;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    Point2D currentPoint() {
        return currentPoint;
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
        current = null;
        currentPoint = p0;
    }

    void moveTo(Point2D p) {
        current = new ArrayList<>();
        current.add(p);
        subpaths.add(current);
        currentPoint = p;
    }

    void lineTo(Point2D p) {
        if (current == null) {
            moveTo(currentPoint == null ? p : currentPoint);
        }
        current.add(p);
        currentPoint = p;
    }

    /** Curves are rounded corners or drawings, never cell borders: the subpath breaks there. */
    void curveTo(Point2D end) {
        current = null;
        currentPoint = end;
    }

    void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    /** {@code n}, and a clip path (which an {@code n} always follows): the path is discarded. */
    void endPath() {
        reset();
    }

    void stroke(PDColor color) {
        if (visible(color)) {
            for (List<Point2D> path : subpaths) {
                for (int i = 1; i < path.size(); i++) {
                    addSegment(path.get(i - 1), path.get(i));
                }
            }
        }
        reset();
    }

    void fill(PDColor color) {
        if (visible(color)) {
            for (List<Point2D> path : subpaths) {
                addThinArea(path);
            }
        }
        reset();
    }

    void fillAndStroke(PDColor fillColor, PDColor strokeColor) {
        List<List<Point2D>> paths = new ArrayList<>(subpaths);
        fill(fillColor);
        subpaths.addAll(paths);
        stroke(strokeColor);
    }

    private void reset() {
        subpaths.clear();
        current = null;
    }

    private void addSegment(Point2D a, Point2D b) {
        Point2D p = toPage(a);
        Point2D q = toPage(b);
        float dx = (float) Math.abs(p.getX() - q.getX());
        float dy = (float) Math.abs(p.getY() - q.getY());
        if (dy <= SKEW && dx > SKEW) {
            rulings.add(new Ruling(true, (float) (p.getY() + q.getY()) / 2, (float) p.getX(), (float) q.getX()));
        } else if (dx <= SKEW && dy > SKEW) {
            rulings.add(new Ruling(false, (float) (p.getX() + q.getX()) / 2, (float) p.getY(), (float) q.getY()));
        }
    }

    private void addThinArea(List<Point2D> path) {
        if (path.size() < 3) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Point2D raw : path) {
            Point2D p = toPage(raw);
            minX = Math.min(minX, (float) p.getX());
            maxX = Math.max(maxX, (float) p.getX());
            minY = Math.min(minY, (float) p.getY());
            maxY = Math.max(maxY, (float) p.getY());
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= MAX_THICKNESS && w > h) {
            rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= MAX_THICKNESS && h > w) {
            rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    /** From PDF user space (after the CTM) to the displayed page, y down, as text positions are. */
    private Point2D toPage(Point2D p) {
        double x = p.getX();
        double y = p.getY();
        return switch (rotation) {
            case 90 -> new Point2D.Double(y - crop.getLowerLeftY(), x - crop.getLowerLeftX());
            case 180 -> new Point2D.Double(crop.getUpperRightX() - x, y - crop.getLowerLeftY());
            case 270 -> new Point2D.Double(crop.getUpperRightY() - y, crop.getUpperRightX() - x);
            default -> new Point2D.Double(x - crop.getLowerLeftX(), crop.getUpperRightY() - y);
        };
    }

    /** White lines on white paper separate nothing a reader sees. */
    private static boolean visible(PDColor color) {
        try {
            int rgb = color.toRGB();
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            return r < 235 || g < 235 || b < 235;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
