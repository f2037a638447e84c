package io.baocao.extract.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind line of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the kind printed in
 * capitals under the header ({@code BÁO CÁO}, {@code QUYẾT ĐỊNH}, {@code PHỤ LỤC II}), alone on its line or
 * followed by the first words of the title ({@code BÁO CÁO VỀ TÌNH HÌNH …}). The kinds are those of
 * {@link DocumentKinds} read as {@code title} (a document of its own) or {@code attached-title} (issued with
 * another), printed in the capitals of their written form, named as those roles name them.
 */
public final class KindLines {
    /** A kind line's kind read as a document's own title. */
    private static final String MAIN = "title";
    /** A kind line's kind read as the title of a document issued with or attached to another. */
    private static final String ATTACHED = "attached-title";

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
        for (DocumentKinds.Kind k : DocumentKinds.all()) {
            boolean main = k.roles().contains(MAIN);
            boolean attached = k.roles().contains(ATTACHED);
            if (main && attached) {
                throw new IllegalStateException("word list document-kinds.txt: " + k.written() + " is both "
                        + MAIN + " and " + ATTACHED);
            }
            if (main || attached) {
                String role = main ? MAIN : ATTACHED;
                // Locale.ROOT: the capitals of Vietnamese letters (ư → Ư, đ → Đ) whatever the default locale
                out.add(new Kind(k.written().toUpperCase(Locale.ROOT), k.nameAs(role), attached));
            }
        }
        return List.copyOf(out);
    }
}
