package io.baocao.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.sector.Sector;
import io.baocao.extract.sector.Sectors;
import io.baocao.index.SearchHit;
import io.baocao.index.search.HitJson;
import io.baocao.index.search.Lang;
import io.baocao.index.search.RecordSummary;
import io.baocao.index.search.SearchResults;
import io.baocao.index.search.Snippet;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Prints {@link SearchResults} for a terminal or as JSON Lines; what is shown is decided in index/. */
final class SearchPrinter {
    private final PrintStream out;
    private final boolean ansi;
    private final Lang lang;

    SearchPrinter(PrintStream out, boolean ansi) {
        this(out, ansi, Lang.VI);
    }

    SearchPrinter(PrintStream out, boolean ansi, Lang lang) {
        this.out = out;
        this.ansi = ansi;
        this.lang = lang;
    }

    /** One JSON object per hit per line. */
    void printJson(SearchResults results) throws IOException {
        for (SearchHit h : results.hits()) {
            out.println(RecordJson.MAPPER.writeValueAsString(HitJson.of(h, results.documentOf(h), lang)));
        }
    }

    /** Year and jurisdiction headers, each passage with its document, page, section, marked evidence and records. */
    void printText(SearchResults results) throws IOException {
        if (results.isEmpty()) {
            out.println(lang.label("no hits") + " \"" + results.query() + "\"");
            return;
        }
        for (SearchResults.YearGroup year : results.years()) {
            for (SearchResults.JurisdictionGroup place : year.jurisdictions()) {
                out.println("== " + (year.year() == null ? lang.label("year unknown") : year.year()) + " · "
                        + place.jurisdiction() + " (" + place.hitCount() + ")");
                for (SearchResults.Evidence e : place.evidence()) {
                    out.println("  " + documentName(e) + "  " + lang.label("page") + (e.page() == null ? "-" : e.page())
                            + (e.section() == null ? "" : "  " + Snippet.clipPath(e.section(), 100))
                            + (e.partial() ? "  " + lang.label("partial") : ""));
                    out.println("    " + marked(Snippet.of(e.text(), e.highlights(), 320)));
                    Set<String> lines = new LinkedHashSet<>();
                    for (SearchHit r : e.hits()) {
                        String rec = RecordSummary.of(r, lang);
                        if (rec != null) {
                            lines.add("    → " + lang.type(r.type()) + ": " + rec);
                        }
                    }
                    lines.forEach(out::println);
                }
            }
        }
        out.println(results.hits().size() + " " + lang.label("hits"));
        Map<String, Long> sectors = results.sectorCounts();
        if (!sectors.isEmpty()) {
            // the sector facet: what --sector S would keep of these passages
            StringBuilder line = new StringBuilder(lang.label("sectors") + ":");
            sectors.forEach((id, n) -> line.append(' ').append(lang == Lang.VI
                    ? Sectors.byId(id).map(Sector::label).orElse(id) : id).append(" (").append(n).append(')'));
            out.println(line);
        }
    }

    /** {@code Báo cáo 320/BC-UBND ngày 15/11/2024}, or the document id when the index knows no number. */
    private String documentName(SearchResults.Evidence e) throws IOException {
        if (e.document() == null || e.document().recordJson() == null) {
            return e.doc();
        }
        JsonNode d = RecordJson.MAPPER.readTree(e.document().recordJson());
        return d.hasNonNull("number") ? RecordSummary.document(d, lang, 60)
                : d.hasNonNull("kind") ? d.get("kind").asText() + " · " + e.doc() : e.doc();
    }

    private String marked(Snippet s) {
        StringBuilder sb = new StringBuilder(s.cutBefore() ? "…" : "");
        for (Snippet.Piece p : s.pieces()) {
            if (p.matched()) {
                sb.append(ansi ? "\u001b[1;33m" : "«").append(p.text()).append(ansi ? "\u001b[0m" : "»");
            } else {
                sb.append(p.text());
            }
        }
        return sb.append(s.cutAfter() ? "…" : "").toString();
    }
}
