package io.baocao.pipeline.read.ocr;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * What a page draws besides text: the share of the page its images cover, and how many paths it fills.
 * A page without text that draws nothing is blank and not worth OCR; one covered by an image is a scan;
 * one that fills hundreds of paths prints its text as outlines.
 */
final class PageMarks extends PDFGraphicsStreamEngine {
    private final double pageArea;
    private final PDRectangle box;
    private double imageArea;
    private int filledPaths;

    private PageMarks(PDPage page) {
        super(page);
        this.box = page.getCropBox();
        this.pageArea = Math.max(1, (double) box.getWidth() * box.getHeight());
    }

    /** What {@code page} draws. */
    static PageMarks of(PDPage page) throws IOException {
        PageMarks m = new PageMarks(page);
        m.processPage(page);
        return m;
    }

    /** The share of the page covered by images (overlaps counted twice, at most 1). */
    double imageCover() {
        return Math.min(1, imageArea / pageArea);
    }

    int filledPaths() {
        return filledPaths;
    }

    @Override
    public void drawImage(PDImage image) {
        // an image is drawn into the unit square of the current transformation
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(c[0], c[1]);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        double w = Math.min(maxX, box.getUpperRightX()) - Math.max(minX, box.getLowerLeftX());
        double h = Math.min(maxY, box.getUpperRightY()) - Math.max(minY, box.getLowerLeftY());
        if (w > 0 && h > 0) {
            imageArea += w * h;
        }
    }

    @Override
    public void fillPath(int windingRule) {
        filledPaths++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        filledPaths++;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
