package io.baocao.extract.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of document of the genre (Nghị quyết, Quyết định, Kế hoạch …), read from the word list
 * {@code words/document-kinds.txt}: how each is written, its name in records, the codes of a số ký hiệu
 * that imply it, and the rules that read it ({@code title}, {@code cited}, {@code named} …, described in
 * the list). The header's kind lines ({@link KindLines}), the reference and the quantity readers all take
 * their kind words from here, the one list of them.
 */
public final class DocumentKinds {
    /**
     * One kind as written, its name in records, its codes, the rules that read it, and the name it has
     * under a rule where that differs ({@code title(Thông tư)} on Thông tư liên tịch).
     */
    public record Kind(String written, String name, List<String> codes, Set<String> roles,
            Map<String, String> namesByRole) {
        /** Its name in records where {@code role} reads it. */
        public String nameAs(String role) {
            return namesByRole.getOrDefault(role, name);
        }
    }

    private static final String LIST = "document-kinds.txt";
    /** A role, with the kind's name under it in parentheses if that differs: {@code title(Thông tư)}. */
    private static final Pattern ROLE = Pattern.compile("([a-z-]+)(?:\\(([^)]+)\\))?(?:\\s+|$)");
    private static final List<Kind> KINDS = load();

    private DocumentKinds() {
    }

    private static List<Kind> load() {
        List<Kind> out = new ArrayList<>();
        for (List<String> row : WordLists.rows(LIST)) {
            String written = row.get(0);
            String name = row.size() > 1 && !row.get(1).isEmpty() ? row.get(1) : written;
            List<String> codes = row.size() > 2 && !row.get(2).isEmpty() ? List.of(row.get(2).split("\\s+")) : List.of();
            Set<String> roles = new LinkedHashSet<>();
            Map<String, String> namesByRole = new LinkedHashMap<>();
            String field = row.size() > 3 ? row.get(3) : "";
            Matcher m = ROLE.matcher(field);
            int at = 0;
            while (at < field.length()) {
                if (!m.find(at) || m.start() != at) {
                    throw new IllegalStateException("word list " + LIST + ": cannot read the roles \"" + field
                            + "\" of " + written + " (roles are words, each may give a name in parentheses)");
                }
                roles.add(m.group(1));
                if (m.group(2) != null) {
                    namesByRole.put(m.group(1), m.group(2).strip());
                }
                at = m.end();
            }
            out.add(new Kind(written, name, codes, Set.copyOf(roles), Map.copyOf(namesByRole)));
        }
        return List.copyOf(out);
    }

    /** Every kind, in the list's order. */
    public static List<Kind> all() {
        return KINDS;
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
