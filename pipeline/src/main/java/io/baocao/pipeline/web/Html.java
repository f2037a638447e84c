package io.baocao.pipeline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTML text and the page frame. Every string that comes from a document, the index or a request goes
 * through {@link #esc}: a report may well contain {@code <script>}.
 */
final class Html {
    private Html() {
    }

    /** Text made safe for element content and quoted attribute values. */
    static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A URL path with query parameters (nulls and blanks left out), already escaped for an attribute. */
    static String href(String path, Map<String, ?> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (var e : params.entrySet()) {
            if (e.getValue() == null || e.getValue().toString().isBlank()) {
                continue;
            }
            sb.append(sep).append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return esc(sb.toString());
    }

    /** An ordered map for {@link #href}, from key/value pairs. */
    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The link to a page of a document: the file is served by document id, the viewer opened at the page. */
    static String docHref(String doc, Integer page) {
        int p = page == null ? 1 : page;
        return esc("/doc/" + URLEncoder.encode(doc, StandardCharsets.UTF_8).replace("+", "%20") + "/page/" + p + "#page=" + p);
    }

    /** The page frame: head, navigation, the body given. */
    static String page(String title, String active, String body) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · baocao</title>"
                + "<link rel=\"stylesheet\" href=\"/static/baocao.css\"></head><body>"
                + "<header><a class=\"brand\" href=\"/\">baocao</a><nav>"
                + nav("/", "Search", active) + nav("/series", "Across years", active)
                + "</nav></header><main>" + body + "</main>"
                + "<footer>baocao: Vietnamese government reports, searchable. Figures are read by machine: check them against the page linked.</footer>"
                + "</body></html>\n";
    }

    private static String nav(String href, String label, String active) {
        return "<a href=\"" + href + "\"" + (href.equals(active) ? " class=\"active\"" : "") + ">" + label + "</a>";
    }

    /** A page saying what went wrong, and nothing of how. */
    static String problem(int status, String message) {
        String title = status == 404 ? "Not found" : status == 400 ? "Bad request" : status == 503 ? "Busy" : "Error";
        return page(title, "", "<section class=\"problem\"><h1>" + esc(title) + "</h1><p class=\"message\">"
                + esc(message) + "</p><p><a href=\"/\">Back to search</a></p></section>");
    }
}
