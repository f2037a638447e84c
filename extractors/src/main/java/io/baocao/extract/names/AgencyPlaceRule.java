package io.baocao.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.Span;

/**
 * The rule the name finder competes with: agencies and bodies by their head words, places by their level
 * word and the administrative-units dictionary, both by capitalisation. Pure: tokens in, token spans
 * ({@code agency}, {@code place}) out.
 *
 * <p>An agency starts at a capitalised head ({@code Sở}, {@code Bộ}, {@code Ủy ban nhân dân}, {@code UBND}),
 * its own name starts capitalised and runs over capitalised words, each with at most one lower-case syllable
 * after it ({@code Sở Kế hoạch và Đầu tư}), joined by {@code và}, {@code &}, {@code -}; a place that follows
 * belongs to it ({@code UBND quận Ninh Kiều}, one agency, as train/names/README.md says). A place is a level
 * word and a name: one the dictionary knows, else capitalised words, else a number ({@code phường 5}); a
 * province's name alone is a place too.
 */
public final class AgencyPlaceRule {
    public static final String AGENCY = "agency";
    public static final String PLACE = "place";

    /** Bodies complete by themselves (no own name needed). */
    private static final List<String> COMPLETE = List.of("thủ tướng chính phủ", "ủy ban thường vụ quốc hội",
            "văn phòng chính phủ", "ngân hàng nhà nước việt nam", "ngân hàng nhà nước", "kiểm toán nhà nước",
            "kho bạc nhà nước", "chính phủ", "quốc hội", "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "ubmttq",
            "mặt trận tổ quốc việt nam", "mttq", "tòa án nhân dân tối cao", "viện kiểm sát nhân dân tối cao",
            "tổng liên đoàn lao động việt nam");
    /** Bodies of a territory: a level word (and a place) may follow. */
    private static final List<String> TERRITORIAL = List.of("ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd",
            "văn phòng ủy ban nhân dân", "văn phòng ubnd", "văn phòng hđnd và ubnd", "công an", "ban chỉ huy quân sự",
            "bộ chỉ huy quân sự", "cục thống kê", "cục thuế", "chi cục thuế", "liên đoàn lao động", "bảo hiểm xã hội",
            "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "ủy ban mặt trận tổ quốc việt nam", "ubmttq việt nam");
    /** Kinds of body whose own name follows, capitalised. */
    private static final List<String> HEADS = List.of("ủy ban", "hội đồng", "tổng cục", "chi cục", "cục", "sở", "bộ",
            "ban", "trung tâm", "văn phòng", "phòng", "viện", "học viện", "đại học", "trường", "bệnh viện",
            "ngân hàng", "kho bạc", "tổng công ty", "công ty", "tập đoàn", "quỹ", "báo", "đài", "đoàn", "liên đoàn",
            "hội", "tòa án", "vụ", "thanh tra", "ban quản lý", "bộ chỉ huy");
    static final List<String> LEVELS = List.of("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận",
            "phường", "xã", "tp", "tx");
    private static final Set<String> JOINERS = Set.of("và", "&", "-", "–");
    /** Lower-case words that end a name rather than finish its last word. */
    private static final Set<String> STOPS = Set.of("và", "chủ", "phối", "có", "đã", "là", "về", "trong", "được",
            "tại", "theo", "với", "cho", "các", "của", "để", "đang", "sẽ", "thực", "tổ", "hướng", "tham", "kiểm",
            "ban", "báo", "cáo", "không", "cũng", "này", "đó", "thì", "đề", "trình", "gửi", "năm", "quý",
            "tháng", "ngày", "số", "từ", "đến", "khi", "nhằm", "thuộc", "trực", "giao", "phụ", "chịu", "rà", "lập");

    /** Capitalised words after a body's name in a header: the national motto, a signing formula. */
    private static final Set<String> CAPITAL_STOPS = Set.of("cộng", "độc", "kt", "tm", "chủ", "số", "v", "về");

    private final AdminUnits units;

    public AgencyPlaceRule(AdminUnits units) {
        this.units = units;
    }

    public AgencyPlaceRule() {
        this(AdminUnits.shipped());
    }

    public Span[] find(String[] tokens) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = agencyEnd(tokens, i);
            if (end > i) {
                out.add(new Span(i, end, AGENCY));
                i = end;
                continue;
            }
            end = placeEnd(tokens, i, true);
            if (end > i) {
                out.add(new Span(i, end, PLACE));
                i = end;
                continue;
            }
            i++;
        }
        return out.toArray(Span[]::new);
    }

    /** The end of an agency starting at {@code i}, or {@code i} when none does. */
    int agencyEnd(String[] t, int i) {
        if (!NameTokens.capitalised(t[i])) {
            return i;
        }
        if (i > 0 && NameTokens.key(t[i - 1]).equals("xã") && NameTokens.key(t[i]).equals("hội")) {
            return i; // xã hội: society, not a body
        }
        if (shouting(t[i]) && i > 0 && shouting(t[i - 1])) {
            return i; // NHIỆM VỤ, XÃ HỘI in a capitals heading: a head word only starts a line of capitals
        }
        int territorial = match(t, i, TERRITORIAL);
        int complete = match(t, i, COMPLETE);
        int head = match(t, i, HEADS);
        int best = Math.max(territorial, Math.max(complete, head));
        if (best == 0) {
            return i;
        }
        int end = i + best;
        if (best == territorial) {
            int after = territoryEnd(t, end);
            if (after > end) {
                return after;
            }
        }
        if (best == complete && best != head) {
            return end; // Thủ tướng Chính phủ Phạm Minh Chính: a person's name is not the body's
        }
        int own = ownNameEnd(t, end);
        if (own > end) {
            int place = placeEnd(t, own, false);
            return place > own ? place : own;
        }
        return best == complete || best == territorial ? end : i;
    }

    /** A place, or {@code các} and level words, or a bare level word, after a territorial head. */
    private int territoryEnd(String[] t, int at) {
        int place = placeEnd(t, at, false);
        if (place > at) {
            return place;
        }
        int province = at < t.length && NameTokens.capitalised(t[at]) ? units.provinceAt(t, at) : 0;
        if (province > 0) {
            return at + province;
        }
        int j = at;
        boolean plural = j < t.length && NameTokens.key(t[j]).equals("các");
        if (plural) {
            j++;
        }
        int level = match(t, j, LEVELS);
        if (level == 0 || !NameTokens.lowerWord(t[j])) {
            return at;
        }
        j += level;
        while (j + 1 < t.length && (t[j].equals(",") || t[j].equals("-") || t[j].equals("/"))
                && match(t, j + 1, LEVELS) > 0 && NameTokens.lowerWord(t[j + 1])
                && placeEnd(t, j + 1, false) == j + 1) {
            j += 1 + match(t, j + 1, LEVELS);
        }
        return j;
    }

    private int ownNameEnd(String[] t, int at) {
        int j = at;
        while (j < t.length) {
            if (NameTokens.capitalised(t[j]) && (j == at || match(t, j, HEADS) == 0)
                    && !CAPITAL_STOPS.contains(NameTokens.key(t[j]))) {
                boolean society = j + 1 < t.length && NameTokens.key(t[j]).equals("xã")
                        && NameTokens.key(t[j + 1]).equals("hội");
                if (j > at && match(t, j, LEVELS) > 0 && !society || j > at && personAt(t, j)) {
                    break;
                }
                j++;
                if (j < t.length && NameTokens.lowerWord(t[j]) && !STOPS.contains(NameTokens.key(t[j]))
                        && match(t, j, LEVELS) == 0) {
                    j++;
                }
            } else if (j > at && j + 1 < t.length && JOINERS.contains(NameTokens.key(t[j]))
                    && NameTokens.capitalised(t[j + 1]) && match(t, j + 1, HEADS) == 0
                    && match(t, j + 1, TERRITORIAL) == 0) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** The end of a place starting at {@code i} (level word and name; or a province's name when {@code bare}). */
    int placeEnd(String[] t, int i, boolean bare) {
        if (i >= t.length) {
            return i;
        }
        int level = match(t, i, LEVELS);
        if (level > 0) {
            int j = i + level;
            if (j < t.length && t[j].equals(".")) {
                j++;
            }
            if (j >= t.length) {
                return i;
            }
            int known = units.nameAt(t, j);
            if (known > 0 && NameTokens.capitalised(t[j])) {
                return j + known;
            }
            String lv = NameTokens.key(t[i]);
            if ((lv.equals("phường") || lv.equals("quận")) && t[j].chars().allMatch(Character::isDigit)) {
                return j + 1;
            }
            int k = j;
            while (k < t.length && k < j + 4 && NameTokens.capitalised(t[k]) && match(t, k, HEADS) == 0
                    && match(t, k, LEVELS) == 0) {
                k++;
            }
            return k > j ? k : i;
        }
        if (bare && NameTokens.capitalised(t[i]) && (i == 0 || match(t, i - 1, LEVELS) == 0)) {
            int p = units.provinceAt(t, i);
            if (p >= 2 && NameTokens.capitalised(t[i + p - 1])) {
                return i + p;
            }
        }
        return i;
    }

    /** Family names: three or more capitalised words starting with one are a person's name (Bộ Nội vụ Phạm Thị Thanh Trà). */
    private static final Set<String> SURNAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ",
            "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "trương", "đinh", "mai", "đoàn", "tạ", "lương", "đào", "cao");

    static boolean personAt(String[] t, int j) {
        return j + 2 < t.length && SURNAMES.contains(NameTokens.key(t[j])) && NameTokens.capitalised(t[j + 1])
                && NameTokens.capitalised(t[j + 2]) && !shouting(t[j]);
    }

    /** A word in capitals (two letters or more): a header's or a heading's. */
    static boolean shouting(String token) {
        return token.length() > 1 && token.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && token.chars().anyMatch(Character::isLetter);
    }

    /** The length in tokens of the longest phrase of the list at {@code i} (any case), or 0. */
    static int match(String[] t, int i, List<String> phrases) {
        if (i >= t.length) {
            return 0;
        }
        List<String[]> candidates = PHRASES.computeIfAbsent(phrases, AgencyPlaceRule::byFirstWord)
                .get(NameTokens.key(t[i]));
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (String[] p : candidates) {
            if (p.length <= best || i + p.length > t.length) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < p.length && all; k++) {
                all = NameTokens.key(t[i + k]).equals(p[k]);
            }
            if (all) {
                best = p.length;
            }
        }
        return best;
    }

    private static final Map<List<String>, Map<String, List<String[]>>> PHRASES = new ConcurrentHashMap<>();

    private static Map<String, List<String[]>> byFirstWord(List<String> phrases) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String phrase : phrases) {
            String[] p = phrase.split(" ");
            out.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** Every head phrase the rule knows (lower case, tokens apart by spaces): the model's head-word feature. */
    public static List<String> headPhrases() {
        List<String> out = new ArrayList<>(TERRITORIAL);
        out.addAll(COMPLETE);
        out.addAll(HEADS);
        return out;
    }

    /** The length of the longest head phrase at {@code i}, or 0. */
    static int headAt(String[] t, int i) {
        return Math.max(match(t, i, TERRITORIAL), Math.max(match(t, i, COMPLETE), match(t, i, HEADS)));
    }
}
