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
            return kindLineWithWrongMarks(text);
        }
        String written = m.group(1);
        String folded = written.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (Kind k : KINDS) {
            if (k.written.equals(folded)) {
                return Optional.of(line(k, text, m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A kind in capitals whose marks came out wrong ("BẢO CÁO", "QUYÉT ĐỊNH": what OCR and broken font maps
     * make of the kind line), known by its letters without their marks; the same line and title rules.
     */
    private static Optional<KindLine> kindLineWithWrongMarks(String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        if (!opensOnCapitals(nfc)) {
            return Optional.empty(); // most lines: read on every block, so ruled out before any folding
        }
        Matcher m = FOLDED_LINE.matcher(withoutMarks(nfc));
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher after = TITLE_AFTER.matcher(nfc).region(m.end(), nfc.length());
        if (!after.lookingAt()) {
            return Optional.empty();
        }
        String written = nfc.substring(m.start(1), m.end(1));
        if (!written.equals(written.toUpperCase(Locale.ROOT))) {
            return Optional.empty(); // running text ("Bảo cáo"), not a kind line
        }
        Kind k = BY_LETTERS.get(m.group(1).replaceAll("\\s+", " "));
        return k == null ? Optional.empty() : Optional.of(line(k, nfc, after.end()));
    }

    /** Whether the first two letters after any rule characters are capitals, as a kind line's are. */
    private static boolean opensOnCapitals(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "_¯-–—*.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1));
    }

    /** The kind line of kind {@code k} whose kind (and number) end at {@code end}: the title's start after it. */
    private static KindLine line(Kind k, String text, int end) {
        String rest = text.substring(end).strip();
        boolean draft = false;
        Matcher d = DRAFT.matcher(rest);
        if (d.find()) {
            draft = true;
            rest = (rest.substring(0, d.start()) + " " + rest.substring(d.end())).strip();
        }
        return new KindLine(k, rest, draft);
    }

    private static final Pattern DRAFT = Pattern.compile("(?u)\\(?\\s*(?:DỰ THẢO|Dự thảo)(?:\\s*\\d+)?\\s*\\)?");

    /** Lower case, every mark removed, đ → d, one character for one (offsets hold on NFC text). */
    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            char base = c == 'đ' || c == 'Đ' ? 'd' : d.charAt(0);
            out.append(Character.toLowerCase(base));
        }
        return out.toString();
    }

    /** What may follow a kind on its line, read on the text as printed (see {@link #kindLine}). */
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "(?u)(?:\\s+[IVXLC]+(?![\\p{L}\\d])|\\s+\\d+[a-z]?(?![\\p{L}\\d]))?(?=\\s*$|\\s*[:.]?\\s*[\\p{Lu}Đ(]|\\s+(?:về|Về|V/v))");

    private static final Pattern FOLDED_LINE = Pattern.compile(buildFoldedLine());

    /** Each kind by its letters without marks, the first in the list's order where two share them. */
    private static final java.util.Map<String, Kind> BY_LETTERS = byLetters();

    private static java.util.Map<String, Kind> byLetters() {
        java.util.Map<String, Kind> out = new java.util.LinkedHashMap<>();
        for (Kind k : KINDS) {
            out.putIfAbsent(withoutMarks(k.written), k);
        }
        return java.util.Map.copyOf(out);
    }

    private static String buildFoldedLine() {
        StringBuilder alternatives = new StringBuilder();
        for (Kind k : KINDS) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(withoutMarks(k.written).replace(" ", "\\s+"));
        }
        return "(?u)^[\\s_¯\\-–—*.]*(" + alternatives + ")(?![\\p{L}])";
    }

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
