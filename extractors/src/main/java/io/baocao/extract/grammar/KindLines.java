package io.baocao.extract.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind line of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the kind printed in
 * capitals under the header ({@code BÁO CÁO}, {@code QUYẾT ĐỊNH}, {@code PHỤ LỤC II}), alone on its line or
 * followed by the first words of the title ({@code BÁO CÁO VỀ TÌNH HÌNH …}). The kinds are listed in
 * {@code document-kinds.tsv}.
 */
public final class KindLines {
    /** One kind: how it is printed, its name in records, and whether it is issued with another document. */
    public record Kind(String written, String name, boolean attached) {
    }

    /** A kind line read: the kind, and what follows it on the line (the title's start, or ""). */
    public record KindLine(Kind kind, String rest, boolean draft) {
    }

    private static final List<Kind> KINDS = load();
    private static final Pattern LINE = Pattern.compile(buildLine());

    private KindLines() {
    }

    public static List<Kind> all() {
        return KINDS;
    }

    /**
     * The kind line {@code text} is, if it is one: a kind in capitals at the start (after any rule
     * characters), then the end of the line, an appendix number, {@code (DỰ THẢO)}, or a title that starts
     * with a capital or a parenthesis. "QUY ĐỊNH CHUNG" or "BÁO CÁO kết quả" in running text are not kind
     * lines only as far as the caller looks at header lines.
     */
    public static Optional<KindLine> kindLine(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String written = m.group(1);
        String folded = written.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (Kind k : KINDS) {
            if (k.written.equals(folded)) {
                String rest = text.substring(m.end()).strip();
                boolean draft = false;
                Matcher d = DRAFT.matcher(rest);
                if (d.find()) {
                    draft = true;
                    rest = (rest.substring(0, d.start()) + " " + rest.substring(d.end())).strip();
                }
                return Optional.of(new KindLine(k, rest, draft));
            }
        }
        return Optional.empty();
    }

    private static final Pattern DRAFT = Pattern.compile("(?u)\\(?\\s*(?:DỰ THẢO|Dự thảo)(?:\\s*\\d+)?\\s*\\)?");

    private static String buildLine() {
        StringBuilder alternatives = new StringBuilder();
        for (Kind k : KINDS) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(k.written.replace(" ", "\\s+"));
        }
        // "Phụ lục II" is also printed in sentence case
        alternatives.append("|Phụ\\s+lục");
        return "(?u)^[\\s_¯\\-–—*.]*(" + alternatives + ")(?:\\s+[IVXLC]+(?![\\p{L}\\d])|\\s+\\d+[a-z]?(?![\\p{L}\\d]))?"
                + "(?=\\s*$|\\s*[:.]?\\s*[\\p{Lu}Đ(]|\\s+(?:về|Về|V/v))";
    }

    private static List<Kind> load() {
        List<Kind> out = new ArrayList<>();
        try (InputStream in = KindLines.class.getResourceAsStream("document-kinds.tsv")) {
            if (in == null) {
                throw new IllegalStateException("document-kinds.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Kind(f[0].strip(), f[1].strip(), f.length > 2 && f[2].strip().equals("attached")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
