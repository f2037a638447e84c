package io.baocao.extract.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Số ký hiệu: the number and symbol of an administrative document, in the two families of the genre:
 * state documents ({@code 42/NQ-HĐND}, {@code 52/2015/NĐ-CP}, {@code 68/2022/QH15}, a letter
 * {@code 2329/UBND-TH}; Nghị định 30/2020/NĐ-CP) and Party documents ({@code 59-NQ/TW},
 * {@code 03-CTr/TU}). Canonical form: no spaces, parts joined as written; a lone space between a kind
 * code and an issuer code ({@code 2003/QĐ UBND}) is read as the hyphen it stands for.
 */
public final class DocumentNumber {
    /** One code part: capitals and digits, with at most one lower-case run (TTg, CTr, TTr). */
    private static final String PART = "[A-ZĐ][A-ZĐ0-9&]*(?:[a-zđ]{1,2}[A-ZĐ0-9&]*)?";
    private static final String ISSUER_AFTER_SPACE = "(?:UBND|HĐND|CP|TTg|TU|TW|BCH|BTC|NHNN)";
    private static final String END = "(?![\\p{L}\\d])";
    private static final String JOIN = "(?:[-/]|\\s?-\\s?|\\s(?=" + ISSUER_AFTER_SPACE + END + "))";
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\d/.,-])(\\d{1,5})(?:"
            + "(?:\\s?/\\s?(\\d{4}))?\\s?(/)\\s?(" + PART + END + "(?:" + JOIN + PART + END + ")*)"
            + "|(-)(" + PART + END + "/" + PART + END + "(?:[-/]" + PART + END + ")*))");

    public record Found(String canonical, int start, int end, String kindCode, String issuerCode) {
    }

    /** The kind a code implies (words/document-kinds.txt). */
    private static final Map<String, String> KIND_BY_CODE = DocumentKinds.byCode();

    private static final Map<String, String> ISSUER_BY_CODE = Map.ofEntries(
            Map.entry("TTg", "Thủ tướng Chính phủ"), Map.entry("CP", "Chính phủ"),
            Map.entry("UBTVQH", "Ủy ban Thường vụ Quốc hội"), Map.entry("QH", "Quốc hội"),
            Map.entry("NHNN", "Ngân hàng Nhà nước"), Map.entry("VPCP", "Văn phòng Chính phủ"),
            Map.entry("BTC", "Bộ Tài chính"), Map.entry("BTP", "Bộ Tư pháp"), Map.entry("TU", "Thành ủy"),
            Map.entry("TW", "Trung ương"), Map.entry("BKTTW", "Ban Kinh tế Trung ương"),
            Map.entry("HĐND", "Hội đồng nhân dân"), Map.entry("UBND", "Ủy ban nhân dân"),
            Map.entry("BNN", "Bộ Nông nghiệp và Phát triển nông thôn"), Map.entry("BCT", "Bộ Công Thương"));

    private DocumentNumber() {
    }

    /**
     * A space typed or printed where the slash goes, after {@code số}: {@code Quyết định số 1194 QĐ-TTg}. Only
     * with a kind code the list knows and an issuer after its hyphen, so a count ("12 QĐ") is not read as one.
     */
    private static final Pattern SPACE_FOR_SLASH = Pattern.compile("(?<=(?<![\\p{L}])[Ss]ố\\s)(\\d{1,5})\\s(("
            + DocumentKinds.codeAlternation() + ")-(" + PART + ")" + END + ")");

    /**
     * A Party number typed with spaces round its hyphen, after {@code Số}: {@code Số 125 - BC/HU}. Only with a
     * kind code the list knows, so a span ("2021 - TP/HCM") is not read as one.
     */
    private static final Pattern SPACED_PARTY = Pattern.compile("(?<=(?<![\\p{L}])[Ss]ố:?\\s{1,3})(\\d{1,5})\\s-\\s(("
            + DocumentKinds.codeAlternation() + ")/(" + PART + ")" + END + ")");

    /** Every số ký hiệu written in the text, in order. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            toFound(m).ifPresent(out::add);
        }
        boolean added = false;
        for (Pattern p : new Pattern[] {SPACE_FOR_SLASH, SPACED_PARTY}) {
            String sep = p == SPACE_FOR_SLASH ? "/" : "-";
            Matcher spaced = p.matcher(text);
            while (spaced.find()) {
                int start = spaced.start();
                int end = spaced.end();
                if (out.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    out.add(new Found(spaced.group(1) + sep + spaced.group(2), start, end, spaced.group(3),
                            spaced.group(4)));
                    added = true;
                }
            }
        }
        if (added) {
            out.sort(java.util.Comparator.comparingInt(Found::start));
        }
        return out;
    }

    /** The whole string as one số ký hiệu, canonical. */
    public static Optional<String> canonical(String text) {
        Matcher m = CODE.matcher(text.strip());
        if (m.matches()) {
            return toFound(m).map(Found::canonical);
        }
        return Optional.empty();
    }

    private static Optional<Found> toFound(Matcher m) {
        String number = m.group(1);
        String year = m.group(2);
        String sep = m.group(3) != null ? m.group(3) : m.group(5);
        String rest = (m.group(4) != null ? m.group(4) : m.group(6))
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", "-");
        String[] parts = rest.split("[-/]");
        String first = parts[0];
        // a bare "N/YYYY" or "3/2" is a date or a street, not a document
        boolean state = sep.equals("/");
        if (parts.length == 1 && year == null && !first.matches("(QH\\d*|UBTVQH\\d*|[A-ZĐ]{2,}.*)")) {
            return Optional.empty();
        }
        if (parts.length == 1 && year == null && state && !first.matches("(QH\\d*|UBTVQH\\d*)")
                && !KIND_BY_CODE.containsKey(first) && first.length() < 2) {
            return Optional.empty();
        }
        String canonical = number + (year != null ? "/" + year : "") + sep + rest;
        String kindCode;
        String issuerCode;
        if (state) {
            if (parts.length >= 2 && (KIND_BY_CODE.containsKey(parts[0]))) {
                kindCode = parts[0];
                issuerCode = parts[1];
            } else {
                kindCode = null;
                issuerCode = parts[0];
            }
        } else {
            kindCode = parts[0];
            issuerCode = parts.length > 1 ? parts[1] : null;
        }
        return Optional.of(new Found(canonical, m.start(), m.end(), kindCode, issuerCode));
    }

    /** The document kind a code implies: NQ → Nghị quyết; a state number with no kind code is a letter. */
    public static Optional<String> kindOf(Found f) {
        if ("TT".equals(f.kindCode()) && f.canonical().matches("\\d+-TT/.*")) {
            // a Party number (59-NQ/TW form): TT is a Thông tri (Hướng dẫn 36-HD/VPTW), not a Thông tư
            return Optional.of("Thông tri");
        }
        if (f.kindCode() != null && KIND_BY_CODE.containsKey(f.kindCode())) {
            return Optional.of(KIND_BY_CODE.get(f.kindCode()));
        }
        if (f.issuerCode() != null && f.issuerCode().matches("(UBTV)?QH\\d*")) {
            return Optional.of("Nghị quyết");
        }
        if (f.kindCode() == null) {
            return Optional.of("Công văn");
        }
        return Optional.empty();
    }

    /** The issuer a code names, when no {@code của …} does (QĐ-TTg → Thủ tướng Chính phủ). */
    public static Optional<String> issuerOf(Found f) {
        if (f.issuerCode() == null) {
            return Optional.empty();
        }
        String code = f.issuerCode().replaceAll("\\d+$", "");
        return Optional.ofNullable(ISSUER_BY_CODE.get(code));
    }

    public static String normalizeForMatch(String number) {
        return number == null ? null : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
