package io.baocao.pipeline.web;

import static io.baocao.pipeline.web.Html.esc;
import static io.baocao.pipeline.web.Html.href;
import static io.baocao.pipeline.web.Html.params;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.sector.Sector;
import io.baocao.extract.sector.Sectors;
import io.baocao.index.SearchHit;
import io.baocao.index.search.SearchResults;
import io.baocao.index.search.Snippet;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The search page: the box, the facets, and the hits by year and jurisdiction with the match marked. */
final class SearchPage {
    /** Fields shown as the record's headline or already shown with its passage. */
    private static final Set<String> NOT_LISTED = Set.of("type", "doc", "page", "section", "text", "year",
            "jurisdiction", "value", "unit", "raw");

    private SearchPage() {
    }

    static String empty(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder(form(null));
        long records = counts.entrySet().stream().filter(e -> !List.of("file", "path", "passage").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        b.append("<p class=\"intro\">").append(counts.getOrDefault("file", 0L)).append(" document(s) in ")
                .append(counts.getOrDefault("path", 0L)).append(" file(s): ").append(counts.getOrDefault("passage", 0L))
                .append(" passages and ").append(records).append(" records (figures, percentages, references, statuses).")
                .append(" Diacritics and case are optional: <a href=\"").append(href("/", params("q", "giai ngan")))
                .append("\">giai ngan</a> finds giải ngân; document numbers are searched whole: <a href=\"")
                .append(href("/", params("q", "42/NQ-HĐND"))).append("\">42/NQ-HĐND</a>.</p>");
        b.append("<p class=\"intro\">Download every record: ").append(downloads(null)).append("</p>");
        return Html.page("Search", "/", b.toString());
    }

    static String render(WebSearch.Result r) throws IOException {
        WebSearch.Request q = r.request();
        StringBuilder b = new StringBuilder(form(q.query()));
        SearchResults results = r.results();
        b.append("<div class=\"layout\"><aside class=\"facets\">");
        facet(b, "Year", "year", r.years(), q);
        facet(b, "Jurisdiction", "jurisdiction", r.jurisdictions(), q);
        facet(b, "Type", "type", r.types(), q);
        facet(b, "Sector", "sector", r.sectors(), q);
        if (r.facetsCapped()) {
            b.append("<p class=\"note\">Counts are over the best ").append(WebSearch.FACET_HITS).append(" hits.</p>");
        }
        b.append("</aside><section class=\"results\">");
        b.append("<p class=\"summary\">");
        if (results.isEmpty()) {
            b.append("No hits for <q>").append(esc(q.query())).append("</q>").append(filters(q)).append('.');
        } else {
            b.append(results.hits().size()).append(" hit(s) for <q>").append(esc(q.query())).append("</q>").append(filters(q))
                    .append(", at most ").append(q.perYear()).append(" passages a year.");
        }
        b.append("</p>");
        if (!"passage".equals(q.type())) {
            b.append("<p class=\"downloads\">Records of this search: ").append(downloads(q)).append(" · <a href=\"")
                    .append(href("/series", params("q", q.query(), "type", "percentage".equals(q.type()) ? "percentage" : "figure")))
                    .append("\">across years</a></p>");
        }
        for (SearchResults.YearGroup y : results.years()) {
            String year = y.year() == null ? "year unknown" : y.year().toString();
            b.append("<section class=\"year\" data-year=\"").append(esc(year)).append("\"><h2>").append(esc(year)).append("</h2>");
            for (SearchResults.JurisdictionGroup g : y.jurisdictions()) {
                b.append("<section class=\"jurisdiction\"><h3>").append(esc(g.jurisdiction()))
                        .append(" <span class=\"count\">(").append(g.hitCount()).append(")</span></h3>");
                for (SearchResults.Evidence e : g.evidence()) {
                    evidence(b, e);
                }
                b.append("</section>");
            }
            b.append("</section>");
        }
        b.append("</section></div>");
        return Html.page(q.query(), "/", b.toString());
    }

    private static String filters(WebSearch.Request q) {
        StringBuilder s = new StringBuilder();
        if (q.year() != null) {
            s.append(" in ").append(q.year());
        }
        if (q.jurisdiction() != null) {
            s.append(" in ").append(esc(q.jurisdiction()));
        }
        if (q.type() != null) {
            s.append(" (").append(esc(q.type())).append(" only)");
        }
        if (q.sector() != null) {
            s.append(" in sector ").append(esc(Sectors.byId(q.sector()).map(Sector::label).orElse(q.sector())));
        }
        return s.toString();
    }

    static String form(String query) {
        return "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" maxlength=\"" + Params.MAX_QUERY + "\" value=\"" + esc(query)
                + "\" placeholder=\"giải ngân, GRDP, 42/NQ-HĐND …\" aria-label=\"Search\" autofocus>"
                + "<button type=\"submit\">Search</button></form>";
    }

    private static String downloads(WebSearch.Request q) {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("csv", "xlsx", "jsonl")) {
            Map<String, Object> p = q == null ? params("format", f)
                    : params("format", f, "q", q.query(), "year", q.year(), "type", q.type(), "jurisdiction", q.jurisdiction());
            b.append(b.length() == 0 ? "" : " ").append("<a class=\"download\" href=\"").append(href("/export", p))
                    .append("\">").append(f.toUpperCase()).append("</a>");
        }
        return b.toString();
    }

    private static void facet(StringBuilder b, String title, String name, List<WebSearch.Facet> values, WebSearch.Request q) {
        b.append("<section class=\"facet\" data-facet=\"").append(name).append("\"><h4>").append(title).append("</h4><ul>");
        for (WebSearch.Facet f : values) {
            Map<String, Object> p = params("q", q.query(), "year", q.year(), "type", q.type(), "jurisdiction", q.jurisdiction(),
                    "sector", q.sector());
            p.put(name, f.selected() ? null : f.value());
            b.append("<li").append(f.selected() ? " class=\"selected\"" : "").append("><a href=\"").append(href("/", p))
                    .append("\" data-value=\"").append(esc(f.value())).append("\">").append(esc(shown(name, f.value())))
                    .append(" <span class=\"count\">").append(f.count()).append("</span>")
                    .append(f.selected() ? " <span class=\"remove\" title=\"remove this filter\">×</span>" : "")
                    .append("</a></li>");
        }
        if (values.isEmpty()) {
            b.append("<li class=\"none\">none</li>");
        }
        b.append("</ul></section>");
    }

    /** A facet value as a reader reads it: a sector by its label, anything else as it is. */
    private static String shown(String facet, String value) {
        return "sector".equals(facet) ? Sectors.byId(value).map(Sector::label).orElse(value) : value;
    }

    private static void evidence(StringBuilder b, SearchResults.Evidence e) throws IOException {
        b.append("<article class=\"hit\"><div class=\"where\"><a class=\"source\" href=\"")
                .append(Html.docHref(e.doc(), e.page())).append("\">").append(esc(e.doc())).append("</a> <span class=\"page\">")
                .append(e.page() == null ? "" : "p. " + e.page()).append("</span>");
        if (e.section() != null) {
            b.append(" <span class=\"section\">").append(esc(e.section())).append("</span>");
        }
        b.append("</div><p class=\"evidence\">");
        Snippet s = Snippet.of(e.text(), e.highlights(), 480);
        b.append(s.cutBefore() ? "…" : "");
        for (Snippet.Piece p : s.pieces()) {
            b.append(p.matched() ? "<mark>" + esc(p.text()) + "</mark>" : esc(p.text()));
        }
        b.append(s.cutAfter() ? "…" : "").append("</p>");
        List<SearchHit> records = e.records();
        if (!records.isEmpty()) {
            b.append("<ul class=\"records\">");
            for (SearchHit h : records) {
                record(b, h);
            }
            b.append("</ul>");
        }
        b.append("</article>");
    }

    /** A record: its type, its value and unit in bold (for a quantity), then its other fields. */
    private static void record(StringBuilder b, SearchHit h) throws IOException {
        JsonNode r = RecordJson.MAPPER.readTree(h.recordJson());
        b.append("<li class=\"record\" data-type=\"").append(esc(h.type())).append("\"><span class=\"type\">")
                .append(esc(h.type())).append("</span> ");
        if (r.has("value") || r.has("low")) {
            String value = r.hasNonNull("value") ? number(r.get("value"))
                    : number(r.get("low")) + "–" + number(r.get("high"));
            String unit = r.hasNonNull("unit") ? " " + r.get("unit").asText() : "percentage".equals(h.type()) ? "%" : "";
            b.append("<b class=\"value\">").append(esc(value)).append("</b><span class=\"unit\">").append(esc(unit))
                    .append("</span>");
        }
        b.append("<dl>");
        r.fields().forEachRemaining(f -> {
            if (!NOT_LISTED.contains(f.getKey()) && !f.getValue().isNull()) {
                String v = f.getValue().isNumber() ? number(f.getValue())
                        : f.getValue().isArray() ? String.join("; ", texts(f.getValue())) : f.getValue().asText();
                b.append("<dt>").append(esc(f.getKey())).append("</dt><dd>").append(esc(v)).append("</dd>");
            }
        });
        b.append("</dl></li>");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** A number as a reader writes it: no trailing {@code .0}. */
    static String number(JsonNode n) {
        if (n == null || n.isNull()) {
            return "?";
        }
        return n.isIntegralNumber() ? n.asText() : new java.math.BigDecimal(n.asText()).stripTrailingZeros().toPlainString();
    }
}
