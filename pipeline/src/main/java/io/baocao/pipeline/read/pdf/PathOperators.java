package io.baocao.pipeline.read.pdf;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * The path operators of a content stream, for a text stripper: PDFBox's own path operators only work in
 * a graphics engine, which would interpret every page a second time just to find its table lines. These
 * follow PDFBox's {@code PDFGraphicsStreamEngine} (points through the CTM, {@code v}/{@code y} as
 * curves, {@code s}/{@code b} closing first) and hand the path to {@link RulingPaths}.
 */
final class PathOperators {
    private PathOperators() {
    }

    /** Registers every path construction and painting operator on {@code engine}. */
    static void register(PDFStreamEngine engine, Registrar registrar, RulingPaths paths) {
        registrar.add(op(engine, OperatorName.MOVE_TO, 2, (e, a) -> paths.moveTo(point(e, a, 0))));
        registrar.add(op(engine, OperatorName.LINE_TO, 2, (e, a) -> paths.lineTo(point(e, a, 0))));
        registrar.add(op(engine, OperatorName.CURVE_TO, 6, (e, a) -> paths.curveTo(point(e, a, 4))));
        registrar.add(op(engine, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, 4, (e, a) -> paths.curveTo(point(e, a, 2))));
        registrar.add(op(engine, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, 4, (e, a) -> paths.curveTo(point(e, a, 2))));
        registrar.add(op(engine, OperatorName.CLOSE_PATH, 0, (e, a) -> paths.closePath()));
        registrar.add(op(engine, OperatorName.APPEND_RECT, 4, (e, a) -> {
            float x = number(a, 0);
            float y = number(a, 1);
            float w = number(a, 2);
            float h = number(a, 3);
            paths.appendRectangle(transformed(e, x, y), transformed(e, x + w, y), transformed(e, x + w, y + h),
                    transformed(e, x, y + h));
        }));
        registrar.add(op(engine, OperatorName.ENDPATH, 0, (e, a) -> paths.endPath()));
        registrar.add(op(engine, OperatorName.CLIP_NON_ZERO, 0, (e, a) -> { }));
        registrar.add(op(engine, OperatorName.CLIP_EVEN_ODD, 0, (e, a) -> { }));
        registrar.add(op(engine, OperatorName.STROKE_PATH, 0, (e, a) -> paths.stroke(state(e).getStrokingColor())));
        registrar.add(op(engine, OperatorName.CLOSE_AND_STROKE, 0, (e, a) -> {
            paths.closePath();
            paths.stroke(state(e).getStrokingColor());
        }));
        for (String fill : List.of(OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD)) {
            registrar.add(op(engine, fill, 0, (e, a) -> paths.fill(state(e).getNonStrokingColor())));
        }
        for (String both : List.of(OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE)) {
            registrar.add(op(engine, both, 0,
                    (e, a) -> paths.fillAndStroke(state(e).getNonStrokingColor(), state(e).getStrokingColor())));
        }
        for (String both : List.of(OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE)) {
            registrar.add(op(engine, both, 0, (e, a) -> {
                paths.closePath();
                paths.fillAndStroke(state(e).getNonStrokingColor(), state(e).getStrokingColor());
            }));
        }
    }

    /** {@code PDFStreamEngine.addOperator} is protected: the engine passes itself in. */
    interface Registrar {
        void add(OperatorProcessor processor);
    }

    private static OperatorProcessor op(PDFStreamEngine engine, String name, int operands,
                                        BiConsumer<PDFStreamEngine, List<COSBase>> action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> args) {
                if (args.size() < operands || !checkArrayTypesClass(args.subList(0, operands), COSNumber.class)) {
                    // a malformed operator draws nothing, as in PDFBox's own
                    return;
                }
                action.accept(getContext(), args);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private static PDGraphicsState state(PDFStreamEngine e) {
        return e.getGraphicsState();
    }

    private static float number(List<COSBase> args, int i) {
        return ((COSNumber) args.get(i)).floatValue();
    }

    private static Point2D point(PDFStreamEngine e, List<COSBase> args, int i) {
        return transformed(e, number(args, i), number(args, i + 1));
    }

    private static Point2D transformed(PDFStreamEngine e, float x, float y) {
        return e.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }
}
