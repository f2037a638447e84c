package io.baocao.pipeline.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baocao.extract.model.RecordJson;
import io.baocao.extract.sector.Sectors;
import io.baocao.index.RecordScan;
import io.baocao.index.SearchHit;
import io.baocao.index.search.HitJson;
import io.baocao.index.search.Lang;
import io.baocao.pipeline.export.RecordExport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * {@code baocao serve}: the search page, the series page, their JSON, exports and the source documents,
 * on an embedded Jetty (through Javalin). Pages carry no script and load nothing from elsewhere, which
 * the Content-Security-Policy holds them to; every text from a document or a request is escaped.
 */
public final class WebServer implements AutoCloseable {
    /** Styles from this server only, no script at all, no frames, forms posting only here. */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    /** Passages per year on the page and in the API unless {@code n} says otherwise, and the most {@code n} may ask. */
    static final int PER_YEAR = 10;
    static final int MAX_PER_YEAR = 100;
    /** Set on a request whose problem page is written, so the 404 handler leaves it alone. */
    private static final String ANSWERED = "baocao.answered";

    private final IndexAccess access;
    private final Javalin app;

    private WebServer(Path index) {
        this.access = new IndexAccess(index);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 64 * 1024;
            // requests Jetty refuses itself (an ambiguous path such as /doc/../..) get its short error page,
            // with the same headers as ours and no stack or cause
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorHandler() {
                {
                    setShowStacks(false);
                    setShowCauses(false);
                    setShowOrigin(false);
                }

                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    response.getHeaders().put("Content-Security-Policy", CSP);
                    response.getHeaders().put("X-Content-Type-Options", "nosniff");
                    return super.handle(request, response, callback);
                }
            }));
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            config.routes.get("/", this::searchPage);
            config.routes.get("/api/search", this::searchApi);
            config.routes.get("/series", this::seriesPage);
            config.routes.get("/api/series", this::seriesApi);
            config.routes.get("/doc/{id}/page/{n}", this::documentPage);
            config.routes.get("/export", this::export);
            config.routes.get("/static/baocao.css", ctx -> resource(ctx, "baocao.css", "text/css; charset=utf-8"));
            config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("baocao serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                problem(ctx, 500, "the server could not answer this request (" + e.getClass().getSimpleName()
                        + "); the server's log says more");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    problem(ctx, 404, "there is no page at " + ctx.path());
                }
            });
        });
    }

    /** Starts serving {@code index} on {@code host:port} (port 0: any free port). */
    public static WebServer start(Path index, String host, int port) {
        WebServer s = new WebServer(index);
        try {
            s.app.start(host, port);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            access.close();
        }
    }

    private void searchPage(Context ctx) throws IOException {
        Params p = Params.of(ctx, "q", "year", "type", "jurisdiction", "n", "sector");
        WebSearch.Request r = request(p);
        if (r.query() == null) {
            ctx.contentType(HTML).result(SearchPage.empty(access.read(s -> s.counts())));
            return;
        }
        WebSearch.Result result = access.read(s -> WebSearch.run(s, r));
        ctx.contentType(HTML).result(SearchPage.render(result));
    }

    private void searchApi(Context ctx) throws IOException {
        Params p = Params.of(ctx, "q", "year", "type", "jurisdiction", "n", "sector");
        WebSearch.Request r = request(p);
        if (r.query() == null) {
            throw new BadRequest("q is required: /api/search?q=giai+ngan");
        }
        WebSearch.Result result = access.read(s -> WebSearch.run(s, r));
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("query", r.query());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : result.results().hits()) {
            // exactly what `baocao search --json` prints for the hit
            hits.add(HitJson.of(h, result.results().documentOf(h), Lang.VI));
        }
        ctx.contentType(JSON).result(RecordJson.MAPPER.writeValueAsString(o));
    }

    private static WebSearch.Request request(Params p) {
        return new WebSearch.Request(p.query(), p.year(), p.oneOf("type", Params.SEARCH_TYPES), p.shortText("jurisdiction"),
                p.count("n", PER_YEAR, MAX_PER_YEAR), p.oneOf("sector", Sectors.ids()));
    }

    private Series.Result series(Params p) {
        String q = p.query();
        String type = Objects.requireNonNullElse(p.oneOf("type", Series.TYPES), "figure");
        String unit = p.shortText("unit");
        return q == null ? null : access.read(s -> Series.compute(s, access.index(), q, type, unit));
    }

    private void seriesPage(Context ctx) {
        Series.Result r = series(Params.of(ctx, "q", "type", "unit"));
        ctx.contentType(HTML).result(r == null ? SeriesPage.empty() : SeriesPage.render(r));
    }

    private void seriesApi(Context ctx) throws IOException {
        Series.Result r = series(Params.of(ctx, "q", "type", "unit"));
        if (r == null) {
            throw new BadRequest("q is required: /api/series?q=GRDP&type=percentage");
        }
        ObjectNode o = RecordJson.MAPPER.createObjectNode();
        o.put("query", r.query());
        o.put("type", r.type());
        o.put("unit", r.unit());
        ObjectNode units = o.putObject("units");
        r.units().forEach(units::put);
        ArrayNode points = o.putArray("points");
        for (Series.Point pt : r.points()) {
            ObjectNode j = points.addObject();
            j.put("period", pt.period());
            j.put("year", pt.year());
            j.put("jurisdiction", pt.jurisdiction());
            j.put("value", pt.value());
            j.put("unit", pt.unit());
            j.put("metric", pt.metric());
            j.put("doc", pt.doc());
            j.put("page", pt.page());
            j.put("text", pt.text());
        }
        ctx.contentType(JSON).result(RecordJson.MAPPER.writeValueAsString(o));
    }

    /** The file of a document, found by id through the index; a PDF is shown, opened at the page by the link's #page=n. */
    private void documentPage(Context ctx) throws IOException {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        String n = ctx.pathParam("n");
        if (!Documents.ID.matcher(id).matches()) {
            throw new BadRequest("\"" + id + "\" is not a document id (a file name without its extension)");
        }
        int page;
        try {
            page = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new BadRequest("the page must be a number, not \"" + n + "\"");
        }
        if (page < 1) {
            throw new BadRequest("pages are counted from 1");
        }
        Documents.Source source = access.read(s -> Documents.find(s, id));
        if (source == null) {
            throw new BadRequest(404, "no document \"" + id + "\" in the index, or its file is no longer where it was ingested");
        }
        if (source.pages() > 0 && page > source.pages()) {
            throw new BadRequest(404, "\"" + id + "\" has " + source.pages() + " page(s), not " + page);
        }
        String name = source.file().getFileName().toString();
        String disposition = "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        InputStream in = Files.newInputStream(source.file());
        if (source.pdf()) {
            // the browser's PDF viewer shows it; the page comes from the #page=n of the link
            ctx.header("Content-Security-Policy", "default-src 'none'; object-src 'self'; frame-ancestors 'none'");
            ctx.header("Content-Disposition", "inline; " + disposition);
            ctx.contentType("application/pdf");
        } else {
            // anything else (a DOCX, an HTML report) is downloaded, never rendered as a page of this site
            ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
            ctx.header("Content-Disposition", "attachment; " + disposition);
            ctx.contentType("application/octet-stream");
        }
        ctx.result(in);
    }

    private void export(Context ctx) throws IOException {
        Params p = Params.of(ctx, "format", "q", "year", "type", "jurisdiction");
        RecordExport.Format format = RecordExport.Format.of(p.text("format"));
        if (format == null) {
            throw new BadRequest("format must be csv, xlsx or jsonl");
        }
        RecordScan.Filter filter = new RecordScan.Filter(p.query(), p.year(), p.oneOf("type", RecordScan.TYPES),
                p.shortText("jurisdiction"));
        RecordScan scan;
        try {
            scan = RecordScan.open(access.index());
        } catch (IOException e) {
            throw access.translate(e);
        }
        try (scan) {
            ctx.contentType(format.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"baocao-records." + format.extension() + "\"");
            OutputStream out = ctx.outputStream();
            RecordExport.write(scan, filter, format, out);
            out.flush();
        }
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new BadRequest(404, "there is no " + name);
            }
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        }
    }

    private static void problem(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode o = RecordJson.MAPPER.createObjectNode();
            o.put("error", message);
            o.put("status", status);
            ctx.contentType(JSON).result(o.toString());
        } else {
            ctx.contentType(HTML).result(Html.problem(status, message));
        }
    }
}
