package io.baocao.pipeline.read.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Brings the text of annotations into the page, in memory, before the text is read. E-signed reports
 * often carry their own number and date ({@code Số: 123/QĐ-UBND}, {@code Cần Thơ, ngày …}) only in the
 * appearance of a signature widget or a stamp, which text extraction of the page content never sees.
 * Each visible annotation's appearance is drawn at the start of its page's content, so its text comes
 * first in reading order, where a header belongs.
 */
final class AnnotationText {
    private AnnotationText() {
    }

    static void inline(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            try {
                inline(doc, page);
            } catch (IOException | RuntimeException e) {
                // an annotation we cannot draw leaves the page as it was: its own text is still read
            }
        }
    }

    private static void inline(PDDocument doc, PDPage page) throws IOException {
        List<PDAnnotation> annotations = page.getAnnotations();
        if (annotations.isEmpty()) {
            return;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, true)) {
            for (PDAnnotation a : annotations) {
                if (a instanceof PDAnnotationLink || a instanceof PDAnnotationPopup || a.isHidden() || a.isNoView()) {
                    continue;
                }
                PDAppearanceStream appearance = a.getNormalAppearanceStream();
                PDRectangle rect = a.getRectangle();
                if (appearance == null || rect == null || appearance.getBBox() == null) {
                    continue;
                }
                PDRectangle box = appearance.getBBox();
                if (box.getWidth() <= 0 || box.getHeight() <= 0) {
                    continue;
                }
                // map the appearance's bounding box onto the annotation's rectangle (PDF 32000 12.5.5)
                Matrix toRect = Matrix.getTranslateInstance(rect.getLowerLeftX(), rect.getLowerLeftY());
                toRect.concatenate(Matrix.getScaleInstance(rect.getWidth() / box.getWidth(), rect.getHeight() / box.getHeight()));
                toRect.concatenate(Matrix.getTranslateInstance(-box.getLowerLeftX(), -box.getLowerLeftY()));
                cs.saveGraphicsState();
                cs.transform(toRect);
                cs.drawForm(appearance);
                cs.restoreGraphicsState();
            }
        }
    }
}
