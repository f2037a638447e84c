package io.baocao.extract.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of document of the genre (Nghị quyết, Quyết định, Kế hoạch …), read from the word list
 * {@code words/document-kinds.txt}: how each is written, its name in records, the codes of a số ký hiệu
 * that imply it, and the rules that read it ({@code title}, {@code cited}, {@code named} …, described in
 * the list). The header, reference and quantity readers all take their kind words from here.
 */
public final class DocumentKinds {
    /** One kind as written, its name in records, its codes and the rules that read it. */
    public record Kind(String written, String name, List<String> codes, Set<String> roles) {
    }

    private static final List<Kind> KINDS = load();

    private DocumentKinds() {
    }

    private static List<Kind> load() {
        List<Kind> out = new ArrayList<>();
        for (List<String> row : WordLists.rows("document-kinds.txt")) {
            String written = row.get(0);
            String name = row.size() > 1 && !row.get(1).isEmpty() ? row.get(1) : written;
            List<String> codes = row.size() > 2 && !row.get(2).isEmpty() ? List.of(row.get(2).split("\\s+")) : List.of();
            Set<String> roles = row.size() > 3 && !row.get(3).isEmpty() ? Set.of(row.get(3).split("\\s+")) : Set.of();
            out.add(new Kind(written, name, codes, roles));
        }
        return List.copyOf(out);
    }

    /** The kinds a rule reads, in the list's order. */
    public static List<Kind> withRole(String role) {
        return KINDS.stream().filter(k -> k.roles().contains(role)).toList();
    }

    /** The written forms of the kinds a rule reads, in the list's order. */
    public static List<String> written(String role) {
        return withRole(role).stream().map(Kind::written).toList();
    }

    /** The written forms a rule reads as a regular-expression alternation ({@code Nghị quyết|Quyết định|…}). */
    public static String alternation(String role) {
        return String.join("|", written(role));
    }

    /** The codes of a số ký hiệu as a regular-expression alternation, longest first ({@code QĐi|QĐ|NQ|…}). */
    public static String codeAlternation() {
        return byCode().keySet().stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** The kind each code of a số ký hiệu implies: NQ → Nghị quyết. */
    public static Map<String, String> byCode() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Kind k : KINDS) {
            for (String c : k.codes()) {
                out.put(c, k.name());
            }
        }
        return out;
    }
}
