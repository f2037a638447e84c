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
 * names. Longest surface form first; a unit must end at a word boundary.
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
        money("nghìn tỷ đồng", "nghìn tỷ đồng", "ngàn tỷ đồng", "nghìn tỉ đồng", "ngàn tỉ đồng");
        money("tỷ đồng", "tỷ đồng", "tỉ đồng", "tỷ VNĐ", "tỷ VND", "tỷđồng");
        money("triệu đồng", "triệu đồng", "tr.đồng", "tr. đồng", "trđ", "tr.đ", "triệu VNĐ", "triệu VND");
        money("nghìn đồng", "nghìn đồng", "ngàn đồng");
        money("tỷ USD", "tỷ USD", "tỷ đô la Mỹ", "tỉ USD");
        money("triệu USD", "triệu USD", "triệu đô la Mỹ", "triệu đô la");
        money("nghìn USD", "nghìn USD", "ngàn USD");
        money("USD", "USD", "đô la Mỹ", "đô la", "đôla");
        money("đồng", "đồng", "VNĐ", "VND");
        money("tỷ đồng", "tỷ", "tỉ");
        money("triệu đồng", "triệu");
        measure("triệu kWh", "triệu kWh", "triệu KWh");
        measure("kWh", "kWh", "KWh");
        measure("km2", "km2", "km²", "km 2");
        measure("km", "km", "ki-lô-mét", "kilômét");
        measure("m2", "m2", "m²");
        measure("m3", "m3", "m³");
        measure("m", "m", "mét");
        measure("ha", "ha", "héc-ta", "hécta", "hec-ta", "hecta");
        measure("nghìn tấn", "nghìn tấn", "ngàn tấn");
        measure("triệu tấn", "triệu tấn");
        measure("tấn", "tấn");
        measure("kg", "kg");
        measure("MW", "MW");
        measure("lần", "lần");
        measure("điểm", "điểm");
        measure("bậc", "bậc");
        count("triệu lượt", "triệu lượt");
        count("nghìn lượt", "nghìn lượt", "ngàn lượt");
        count("lượt", "lượt");
        count("triệu người", "triệu người");
        count("giường", "giường");
        count("người", "người");
        count("lao động", "lao động");
        count("hộ", "hộ");
        count("xã", "xã");
        count("dự án", "dự án");
        count("công trình", "công trình");
        count("doanh nghiệp", "doanh nghiệp");
        count("hồ sơ", "hồ sơ");
        count("vụ", "vụ");
        count("trường hợp", "trường hợp");
        count("đồng chí", "đồng chí");
        ENTRIES.add(new Entry("điểm %", new Unit("điểm %", Kind.POINTS)));
        ENTRIES.add(new Entry("điểm phần trăm", new Unit("điểm %", Kind.POINTS)));
        ENTRIES.add(new Entry("%", new Unit("%", Kind.PERCENT)));
        ENTRIES.add(new Entry("phần trăm", new Unit("%", Kind.PERCENT)));
        ENTRIES.sort(Comparator.comparingInt((Entry e) -> e.surface.length()).reversed());
    }

    private static void money(String canonical, String... surfaces) {
        add(Kind.MONEY, canonical, surfaces);
    }

    private static void measure(String canonical, String... surfaces) {
        add(Kind.MEASURE, canonical, surfaces);
    }

    private static void count(String canonical, String... surfaces) {
        add(Kind.COUNT, canonical, surfaces);
    }

    private static void add(Kind kind, String canonical, String... surfaces) {
        Unit unit = new Unit(canonical, kind);
        for (String s : surfaces) {
            ENTRIES.add(new Entry(s, unit));
        }
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
        return Optional.empty();
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
