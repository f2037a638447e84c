package io.baocao.extract.grammar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The units of the genre and their canonical names (docs/RECORDS.md), matched right after a number:
 * money with its scale, measures, percent and percentage points, and the counted nouns the contract
 * names, as the word list {@code words/units.txt} writes them. Longest surface form first; a unit must
 * end at a word boundary.
 */
public final class UnitLexicon {

    public enum Kind { MONEY, MEASURE, COUNT, PERCENT, POINTS }

    public record Unit(String canonical, Kind kind) {
    }

    /** A unit found at a position: where its surface form ends, and whether a space separated it. */
    public record Match(Unit unit, int end, String surface) {
    }

    private record Entry(String surface, Unit unit) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    /** Words that, right after {@code đồng}, show it is not money ({@code đồng bộ}, {@code đồng chí}). */
    private static final Set<String> DONG_NOT_MONEY = Set.of("bộ", "chí", "thời", "nghiệp", "ý", "tình", "hành",
            "bằng", "đều", "lòng", "loạt", "nhất", "thuận", "hương", "ruộng", "bào", "phục", "hồ", "minh", "hóa",
            "hoá", "cỏ", "tâm", "sáng", "tiền", "vốn", "khởi", "bọn", "dạng", "quy", "thủ", "sở", "trình");

    static {
        for (List<String> row : WordLists.rows("units.txt")) {
            Unit unit = new Unit(row.get(0), Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
            for (String surface : row.subList(2, row.size())) {
                ENTRIES.add(new Entry(surface, unit));
            }
        }
        ENTRIES.sort(Comparator.comparingInt((Entry e) -> e.surface.length()).reversed());
    }

    private UnitLexicon() {
    }

    /** Every unit the lexicon knows, each canonical name once. */
    public static Set<Unit> units() {
        Set<Unit> out = new LinkedHashSet<>();
        for (Entry e : ENTRIES) {
            out.add(e.unit);
        }
        return out;
    }

    /** The unit written at {@code from} (after optional spaces), if any; a position outside the text has none. */
    public static Optional<Match> match(String text, int from) {
        if (from < 0) {
            return Optional.empty();
        }
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return Optional.empty();
        }
        for (Entry e : ENTRIES) {
            int end = i + e.surface.length();
            if (end > text.length()) {
                continue;
            }
            String candidate = text.substring(i, end);
            if (!candidate.toLowerCase(Locale.ROOT).equals(e.surface.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!caseFits(candidate, e)) {
                continue;
            }
            if (!e.surface.equals("%") && end < text.length() && isWordChar(text.charAt(end))) {
                continue;
            }
            if (e.unit.canonical.equals("đồng") || e.unit.canonical.endsWith(" đồng")) {
                String next = nextWord(text, end);
                if (e.surface.equalsIgnoreCase("đồng") && DONG_NOT_MONEY.contains(next)) {
                    continue;
                }
            }
            if ((e.surface.equals("tỷ") || e.surface.equals("tỉ") || e.surface.equals("triệu")) && startsCountedNoun(text, end)) {
                continue;
            }
            if (end < text.length() && text.charAt(end) == '-' && end + 1 < text.length()
                    && Character.isLetter(text.charAt(end + 1))) {
                continue;
            }
            return Optional.of(new Match(e.unit, end, text.substring(i, end)));
        }
        return scaled(text, i);
    }

    /** Scale words and how a unit's name writes them: {@code ngàn} is the South's {@code nghìn}. */
    private static final java.util.Map<String, String> SCALES = java.util.Map.of("nghìn", "nghìn", "ngàn", "nghìn",
            "triệu", "triệu", "tỷ", "tỷ", "tỉ", "tỷ");

    /** The scale a word writes, as a unit's name writes it: {@code ngàn} → {@code nghìn}, {@code tỉ} → {@code tỷ}. */
    public static Optional<String> scale(String word) {
        return Optional.ofNullable(SCALES.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * A scale word before a measure or a counted noun the list knows, where the list has no entry for the
     * pair: {@code 218 triệu lít}, {@code 280 nghìn ha}, {@code 1,3 tỷ m3}, {@code 293 triệu cái}. The unit is
     * the pair ({@code triệu lít}); the number keeps its value, as for {@code nghìn tấn}.
     */
    private static Optional<Match> scaled(String text, int i) {
        int j = i;
        while (j < text.length() && isWordChar(text.charAt(j))) {
            j++;
        }
        String scale = SCALES.get(text.substring(i, j));
        if (scale == null || j >= text.length() || !isSpace(text.charAt(j))) {
            return Optional.empty();
        }
        Optional<Match> unit = match(text, j);
        if (unit.isEmpty() || (unit.get().unit().kind() != Kind.MEASURE && unit.get().unit().kind() != Kind.COUNT)
                || SCALES.containsKey(unit.get().unit().canonical().split(" ")[0])) {
            return Optional.empty();
        }
        Unit pair = new Unit(scale + " " + unit.get().unit().canonical(), unit.get().unit().kind());
        return Optional.of(new Match(pair, unit.get().end(), text.substring(i, unit.get().end())));
    }

    /** The unit a whole string is ({@code nghìn tỷ đồng}, {@code %}, {@code Tr.đồng}), as a ĐVT cell writes it. */
    public static Optional<Unit> whole(String s) {
        String t = s.strip();
        return match(t, 0).filter(m -> m.end() == t.length()).map(Match::unit);
    }

    /** A row label and the unit it carries in parentheses at its end. */
    public record Labelled(String label, Unit unit, String written) {
    }

    private static final java.util.regex.Pattern UNIT_IN_PARENTHESES =
            java.util.regex.Pattern.compile("^(.*\\S)\\s*\\(([^()]{1,30})\\)$", java.util.regex.Pattern.DOTALL);

    /**
     * A label that ends with its unit in parentheses, as statistical annexes print indicator rows without a
     * ĐVT column: {@code GDP theo giá thực tế (nghìn tỷ đồng)}, {@code Khu vực dịch vụ (%)}. Only a unit the list
     * knows: {@code Sở Tư pháp (02 đầu mối)} is no such label.
     */
    public static Optional<Labelled> labelled(String text) {
        java.util.regex.Matcher m = UNIT_IN_PARENTHESES.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String written = m.group(2).strip();
        return whole(written).map(u -> new Labelled(m.group(1).strip(), u, written));
    }

    /** Short units that must keep their case to be units ("m" yes, "M" no; "ha" not "Hà"). */
    private static boolean caseFits(String candidate, Entry e) {
        String s = e.surface;
        if (s.equals("m") || s.equals("ha") || s.equals("km") || s.equals("kg") || s.equals("hộ") || s.equals("xã")
                || s.equals("vụ") || s.equals("tỷ") || s.equals("tỉ") || s.equals("lần") || s.equals("điểm")
                || s.equals("bậc") || s.equals("người") || s.equals("đồng")) {
            return candidate.equals(s);
        }
        return true;
    }

    /** Bare "tỷ"/"triệu" is money unless a noun follows it ("3 triệu lượt", "1 triệu héc-ta"). */
    private static boolean startsCountedNoun(String text, int end) {
        String next = nextWord(text, end);
        return !next.isEmpty() && !MONEY_SCALE_FOLLOWERS.contains(next);
    }

    /** Words that may follow a bare scale word that is money: connectives, not nouns. */
    private static final Set<String> MONEY_SCALE_FOLLOWERS = Set.of("và", "so", "với", "của", "trong", "để", "là",
            "được", "đã", "từ", "cho", "tại", "theo", "nhưng", "thì", "tăng", "giảm", "đạt", "chiếm", "còn", "gồm",
            "trên", "dưới", "hoặc", "hay", "nên", "mà", "đến");

    static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && isWordChar(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\t' || c == '\u2009' || c == '\u202F';
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
