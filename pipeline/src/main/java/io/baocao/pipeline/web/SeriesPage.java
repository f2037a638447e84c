package io.baocao.pipeline.web;

import static io.baocao.pipeline.web.Html.esc;
import static io.baocao.pipeline.web.Html.href;
import static io.baocao.pipeline.web.Html.params;

import io.baocao.index.search.Snippet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The series page: a line chart drawn on the server as SVG (no script, nothing fetched), one line per
 * jurisdiction, each point a link to the page its value was read from, and the same data as a table.
 */
final class SeriesPage {
    private static final String[] COLOURS = {"#1f5fa8", "#c0392b", "#2e8540", "#8e44ad", "#d35400", "#16a085", "#7f8c8d"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 380;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    private SeriesPage() {
    }

    static String form(String query, String type, String unit) {
        StringBuilder b = new StringBuilder("<form class=\"search series\" method=\"get\" action=\"/series\">");
        b.append("<input type=\"search\" name=\"q\" maxlength=\"").append(Params.MAX_QUERY).append("\" value=\"")
                .append(esc(query)).append("\" placeholder=\"GRDP, nút giao, giải ngân …\" aria-label=\"Metric\">");
        b.append("<select name=\"type\" aria-label=\"Record type\">");
        for (String t : Series.TYPES) {
            b.append("<option value=\"").append(t).append("\"").append(t.equals(type) ? " selected" : "").append(">")
                    .append(t.equals("figure") ? "figures" : "percentages").append("</option>");
        }
        b.append("</select>");
        if (unit != null) {
            b.append("<input type=\"hidden\" name=\"unit\" value=\"").append(esc(unit)).append("\">");
        }
        return b.append("<button type=\"submit\">Draw</button></form>").toString();
    }

    static String empty() {
        return Html.page("Across years", "/series", form(null, "figure", null)
                + "<p class=\"intro\">A metric across reports: the values that records matching the words take, period by "
                + "period, one line per jurisdiction. Try <a href=\"" + href("/series", params("q", "nút giao", "type", "figure"))
                + "\">nút giao</a> (figures) or <a href=\"" + href("/series", params("q", "GRDP", "type", "percentage"))
                + "\">GRDP</a> (percentages).</p>");
    }

    static String render(Series.Result r) {
        StringBuilder b = new StringBuilder(form(r.query(), r.type(), r.unit()));
        if (r.points().isEmpty()) {
            b.append("<p class=\"summary\">No ").append(esc(r.type())).append(" with a value matches <q>").append(esc(r.query()))
                    .append("</q>").append(r.unit() == null ? "" : " in " + esc(r.unit())).append(".</p>");
            units(b, r);
            return Html.page(r.query(), "/series", b.toString());
        }
        b.append("<p class=\"summary\">").append(r.points().size()).append(" point(s) over ").append(r.periods().size())
                .append(" period(s): ").append(esc(r.type())).append(" records matching <q>").append(esc(r.query()))
                .append("</q>, in ").append(esc(r.unit())).append('.');
        if (r.notDrawn() > 0) {
            b.append(" ").append(r.notDrawn()).append(" more record(s) in the same periods are not drawn: <a href=\"")
                    .append(href("/", params("q", r.query(), "type", r.type()))).append("\">see them all</a>.");
        }
        b.append(" <a href=\"").append(href("/api/series", params("q", r.query(), "type", r.type(), "unit", r.unit())))
                .append("\">JSON</a></p>");
        units(b, r);
        b.append(chart(r));
        table(b, r);
        return Html.page(r.query() + " across years", "/series", b.toString());
    }

    private static void units(StringBuilder b, Series.Result r) {
        if (r.units().size() > 1 || (r.unit() != null && !r.units().containsKey(r.unit()))) {
            b.append("<p class=\"units\">Units found: ");
            boolean first = true;
            for (var e : r.units().entrySet()) {
                b.append(first ? "" : " · ");
                first = false;
                if (e.getKey().equals(r.unit())) {
                    b.append("<b>").append(esc(e.getKey())).append("</b>");
                } else {
                    b.append("<a href=\"").append(href("/series", params("q", r.query(), "type", r.type(), "unit", e.getKey())))
                            .append("\">").append(esc(e.getKey())).append("</a>");
                }
                b.append(" (").append(e.getValue()).append(")");
            }
            b.append("</p>");
        }
    }

    static String chart(Series.Result r) {
        List<String> periods = r.periods();
        List<String> places = r.jurisdictions();
        double min = Math.min(0, r.points().stream().mapToDouble(Series.Point::value).min().orElse(0));
        double max = r.points().stream().mapToDouble(Series.Point::value).max().orElse(1);
        double[] ticks = ticks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(esc(r.query() + " in " + r.unit() + " by period")).append("\">");
        for (double t : ticks) {
            double y = TOP + plotH - (t - lo) / (hi - lo) * plotH;
            s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#ddd\"/>");
            s.append("<text class=\"tick\" x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#444\">").append(esc(plain(t))).append("</text>");
        }
        s.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP - 12).append("\" font-size=\"12\" fill=\"#444\">")
                .append(esc(r.unit())).append("</text>");
        for (int i = 0; i < periods.size(); i++) {
            s.append("<text class=\"period\" x=\"").append(fmt(x(i, periods.size(), plotW))).append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 22).append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#222\">")
                    .append(esc(periods.get(i))).append("</text>");
        }
        s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(TOP + plotH)
                .append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#888\"/>");
        for (int j = 0; j < places.size(); j++) {
            String colour = COLOURS[j % COLOURS.length];
            String place = places.get(j);
            StringBuilder line = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (Series.Point p : r.points()) {
                if (!p.jurisdiction().equals(place)) {
                    continue;
                }
                double x = x(periods.indexOf(p.period()), periods.size(), plotW);
                double y = TOP + plotH - (p.value() - lo) / (hi - lo) * plotH;
                line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
                dots.append("<a class=\"point-link\" href=\"").append(Html.docHref(p.doc(), p.page())).append("\">")
                        .append("<circle class=\"point\" data-period=\"").append(esc(p.period())).append("\" cx=\"").append(fmt(x))
                        .append("\" cy=\"").append(fmt(y)).append("\" r=\"6\" fill=\"").append(colour).append("\">")
                        .append("<title>").append(esc(p.period() + " · " + place + ": " + plain(p.value()) + " " + p.unit()
                                + (p.metric() == null ? "" : " · " + p.metric()) + " · " + p.doc() + " p. " + p.page()))
                        .append("</title></circle></a>");
                dots.append("<text class=\"label\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 12))
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(colour).append("\">")
                        .append(esc(plain(p.value()))).append("</text>");
            }
            s.append("<polyline class=\"line\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\" points=\"")
                    .append(line).append("\"/>").append(dots);
        }
        s.append("</svg><figcaption class=\"legend\">");
        for (int j = 0; j < places.size(); j++) {
            s.append("<span class=\"key\"><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"")
                    .append(COLOURS[j % COLOURS.length]).append("\"/></svg> ").append(esc(places.get(j))).append("</span>");
        }
        return s.append("</figcaption></figure>").toString();
    }

    private static void table(StringBuilder b, Series.Result r) {
        b.append("<table class=\"series-data\"><thead><tr><th>Period</th><th>Jurisdiction</th><th>Value</th><th>Unit</th>"
                + "<th>Metric</th><th>Document</th><th>Page</th><th>Evidence</th></tr></thead><tbody>");
        for (Series.Point p : r.points()) {
            b.append("<tr><td>").append(esc(p.period())).append("</td><td>").append(esc(p.jurisdiction()))
                    .append("</td><td class=\"num\">").append(esc(plain(p.value()))).append("</td><td>").append(esc(p.unit()))
                    .append("</td><td>").append(esc(p.metric())).append("</td><td>").append(esc(p.doc()))
                    .append("</td><td class=\"num\"><a href=\"").append(Html.docHref(p.doc(), p.page())).append("\">")
                    .append(p.page() == null ? "–" : p.page()).append("</a></td><td class=\"evidence\">")
                    .append(evidence(p)).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /** The evidence around the number drawn, the number marked. */
    private static String evidence(Series.Point p) {
        String text = p.text() == null ? "" : p.text();
        int at = p.raw() == null ? -1 : text.indexOf(p.raw());
        List<int[]> spans = at < 0 ? List.of() : List.of(new int[] {at, at + p.raw().length()});
        Snippet s = Snippet.of(text, spans, 300);
        StringBuilder b = new StringBuilder(s.cutBefore() ? "…" : "");
        for (Snippet.Piece piece : s.pieces()) {
            b.append(piece.matched() ? "<mark>" + esc(piece.text()) + "</mark>" : esc(piece.text()));
        }
        return b.append(s.cutAfter() ? "…" : "").toString();
    }

    private static double x(int i, int n, int plotW) {
        return n == 1 ? LEFT + plotW / 2.0 : LEFT + 30 + i * (plotW - 60.0) / (n - 1);
    }

    /** Round ticks covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
    static double[] ticks(double min, double max) {
        if (max <= min) {
            max = min + 1;
        }
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag <= 1 ? mag : raw / mag <= 2 ? 2 * mag : raw / mag <= 5 ? 5 * mag : 10 * mag;
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        if (hi == max) {
            hi += step;
        }
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = lo + i * step;
        }
        return out;
    }

    static String plain(double v) {
        return new BigDecimal(Double.toString(v)).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
