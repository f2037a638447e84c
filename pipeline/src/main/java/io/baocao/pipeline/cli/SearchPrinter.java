package io.baocao.pipeline.cli;

import io.baocao.extract.model.RecordJson;
import io.baocao.index.SearchHit;
import io.baocao.index.search.HitJson;
import io.baocao.index.search.RecordSummary;
import io.baocao.index.search.SearchResults;
import io.baocao.index.search.Snippet;
import java.io.IOException;
import java.io.PrintStream;

/** Prints {@link SearchResults} for a terminal or as JSON Lines; what is shown is decided in index/. */
final class SearchPrinter {
    private final PrintStream out;
    private final boolean ansi;

    SearchPrinter(PrintStream out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    /** One JSON object per hit per line. */
    void printJson(SearchResults results) throws IOException {
        for (SearchHit h : results.hits()) {
            out.println(RecordJson.MAPPER.writeValueAsString(HitJson.of(h)));
        }
    }

    /** Year and jurisdiction headers, each passage with its page, section, marked evidence and records. */
    void printText(SearchResults results) throws IOException {
        if (results.isEmpty()) {
            out.println("no hits for \"" + results.query() + "\"");
            return;
        }
        for (SearchResults.YearGroup year : results.years()) {
            for (SearchResults.JurisdictionGroup place : year.jurisdictions()) {
                out.println("== " + (year.year() == null ? "year unknown" : year.year()) + " · " + place.jurisdiction()
                        + " (" + place.hitCount() + ")");
                for (SearchResults.Evidence e : place.evidence()) {
                    out.println("  " + e.doc() + "  p." + (e.page() == null ? "-" : e.page())
                            + (e.section() == null ? "" : "  " + Snippet.clip(e.section(), 100)));
                    out.println("    " + marked(Snippet.of(e.text(), e.highlights(), 320)));
                    for (SearchHit r : e.hits()) {
                        String rec = RecordSummary.of(r);
                        if (rec != null) {
                            out.println("    → " + r.type() + ": " + rec);
                        }
                    }
                }
            }
        }
        out.println(results.hits().size() + " hit(s)");
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
