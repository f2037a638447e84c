package io.baocao.pipeline.tables;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a page: stroked horizontal and vertical segments, the edges of stroked
 * rectangles, and thin filled rectangles (browsers and office suites print cell borders as those).
 * Coordinates are turned into the frame text positions use: x to the right and y down from the top of
 * the page as displayed (crop box, page rotation).
 */
final class RulingLines extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a line, not a shaded area. */
    private static final float MAX_THICKNESS = 3f;
    /** A segment within this of horizontal or vertical counts as such. */
    private static final float SKEW = 1f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private Point2D currentPoint = new Point2D.Float();
    private final PDRectangle crop;
    private final int rotation;

    private RulingLines(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    static List<Ruling> of(PDPage page) throws IOException {
        RulingLines engine = new RulingLines(page);
        engine.processPage(page);
        return List.copyOf(engine.rulings);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rect = new ArrayList<>(List.of(p0, p1, p2, p3, p0));
        subpaths.add(rect);
        current = null;
        currentPoint = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo((float) currentPoint.getX(), (float) currentPoint.getY());
        }
        current.add(new Point2D.Float(x, y));
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // curves are rounded corners or drawings, never cell borders: break the subpath there
        current = null;
        currentPoint = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() throws IOException {
        if (visible(getGraphicsState().getStrokingColor())) {
            for (List<Point2D> path : subpaths) {
                for (int i = 1; i < path.size(); i++) {
                    addSegment(path.get(i - 1), path.get(i));
                }
            }
        }
        reset();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (visible(getGraphicsState().getNonStrokingColor())) {
            for (List<Point2D> path : subpaths) {
                addThinArea(path);
            }
        }
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        List<List<Point2D>> paths = new ArrayList<>(subpaths);
        fillPath(windingRule);
        subpaths.addAll(paths);
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the clip path is followed by an endPath that discards it
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
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
