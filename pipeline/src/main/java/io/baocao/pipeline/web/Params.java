package io.baocao.pipeline.web;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.index.QueryBuilder;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The query parameters of a request, checked: anything unexpected is a {@link BadRequest} naming it. */
final class Params {
    /** Longer queries are refused: no report sentence worth finding is longer, and each syllable costs a clause. */
    static final int MAX_QUERY = 200;
    static final List<String> SEARCH_TYPES = List.of("passage", "document", "figure", "percentage", "reference", "status");

    private final Context ctx;

    private Params(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                unknown.add(e.getKey());
            } else if (e.getValue().size() > 1) {
                throw new BadRequest("the parameter \"" + e.getKey() + "\" is given " + e.getValue().size() + " times; give it once");
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequest("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + quoted(unknown)
                    + "; this page takes " + quoted(new TreeSet<>(allowed)));
        }
    }

    static Params of(Context ctx, String... allowed) {
        return new Params(ctx, Set.of(allowed));
    }

    private static String quoted(Set<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The raw value, stripped, or null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The query: null when absent; too long, or with nothing searchable in it, is refused. */
    String query() {
        String q = text("q");
        if (q == null) {
            return null;
        }
        if (q.length() > MAX_QUERY) {
            throw new BadRequest("the query is " + q.length() + " characters long; at most " + MAX_QUERY + " are searched");
        }
        if (new QueryBuilder().foldedTokens(q).isEmpty() && DocumentNumber.findAll(q).isEmpty()) {
            throw new BadRequest("\"" + q + "\" has no words or numbers to search for");
        }
        return q;
    }

    Integer year() {
        String y = text("year");
        if (y == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(y);
            if (v >= 1900 && v <= 2200) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadRequest("year must be a year such as 2024, not \"" + y + "\"");
    }

    /** One of the values given, or null when absent. */
    String oneOf(String name, List<String> allowed) {
        String v = text(name);
        if (v != null && !allowed.contains(v)) {
            throw new BadRequest(name + " must be one of " + String.join(", ", allowed) + ", not \"" + v + "\"");
        }
        return v;
    }

    /** A short free text (a jurisdiction, a unit), or null. */
    String shortText(String name) {
        String v = text(name);
        if (v != null && v.length() > 200) {
            throw new BadRequest(name + " is " + v.length() + " characters long; at most 200");
        }
        return v;
    }

    int count(String name, int byDefault, int max) {
        String v = text(name);
        if (v == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadRequest(name + " must be a number from 1 to " + max + ", not \"" + v + "\"");
    }
}
