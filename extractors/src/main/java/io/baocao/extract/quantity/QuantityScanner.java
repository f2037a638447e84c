package io.baocao.extract.quantity;

import io.baocao.extract.grammar.DocumentKinds;
import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.Span;
import io.baocao.extract.grammar.UnitLexicon;
import io.baocao.extract.grammar.VietnameseNumber;
import io.baocao.extract.text.TextFold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a passage: numbers with a unit, a percent sign or a counted noun, as single
 * values, {@code a/b} pairs and ranges, with the words around them that qualify them (approximation,
 * comparator, change). Numbers that are not quantities are left alone: dates, years, document
 * numbers, ordinals, identifiers and names that contain a number.
 */
public final class QuantityScanner {
    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    private static final Pattern SLASH_NUMBER = Pattern.compile("\\G\\s?/\\s?(" + NUM + ")(?!\\s?/\\s?\\d)(?![.,]\\d)");
    private static final Pattern DASH_NUMBER = Pattern.compile("\\G\\s?[-–]\\s?(" + NUM + ")");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/.,])(0?[1-9]|1[0-2])\\s?/\\s?((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH_AFTER_DATE_WORD = Pattern.compile(
            "(?iu)(?:ngày|đến|từ|trước|sau|dịp|\\()\\s*(\\d{1,2})\\s?/\\s?(\\d{1,2})(?![\\d/.,]|\\s?/\\s?\\d)");
    private static final Pattern DAY_RANGE = Pattern.compile("(?<![\\d/])\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\s?/\\s?\\d{1,2}(?:\\s?/\\s?\\d{4})?");
    private static final Pattern CLOCK = Pattern.compile("\\d+:\\d+");
    private static final Pattern PERIOD_SLASH_YEAR = Pattern.compile("(?iu)\\d+\\s+tháng(?:\\s+(?:đầu|cuối)\\s+năm)?\\s?/\\s?\\d{4}");
    private static final Pattern NQ_TARGET = Pattern.compile("\\G\\s?\\(\\s?(?:NQ|KH|Nghị quyết|kế hoạch|chỉ tiêu|mục tiêu)\\s*:?\\s*(" + NUM + ")\\s?%\\s?\\)");
    private static final Pattern PERCENT_SLASH = Pattern.compile("\\G\\s?/\\s?(" + NUM + ")\\s?%");
    private static final Pattern PAIR_IN_PARENS = Pattern.compile("\\G\\s?\\(\\s?(" + NUM + ")\\s?/\\s?(" + NUM + ")\\s?\\)");
    private static final Pattern VERBAL_RANGE_END = Pattern.compile("\\G\\s+(?:đến|tới)\\s+(?:mức\\s+)?(" + NUM + ")");

    /** Words right before a number that make it an identifier, an ordinal or part of a name. */
    private static final Set<String> NAME_BEFORE = words(
            "số", "thứ", "khóa", "khoá", "điều", "khoản", "mục", "tiết", "chương", "phần", "phụ lục", "quốc lộ", "ql",
            "đường tỉnh", "tỉnh lộ", "đt", "đường", "tuyến", "km", "phường", "khu vực", "khu", "tổ", "ấp", "lô", "hẻm",
            "nhóm", "loại", "hạng", "cấp", "chợ", "zalo", "iso", "tcvn", "olympic", "covid", "trung ương",
            "xếp hạng", "xếp thứ", "đứng thứ", "tháng", "ngày", "quý", "tuần", "nhiệm kỳ", "giai đoạn", "niên khóa",
            "năm học", "lần", "version", "phiên bản", "top", "mã", "hạng mục", "gói thầu số", "cụm", "ô", "vòng",
            "kỳ", "đợt", "tầng", "lớp", "khối", "bảng", "hình", "biểu", "mẫu", "thông báo", "giấy", "kênh", "cống",
            "cầu", "bến", "cảng", "trạm", "nhà máy", "ba", "hai", "một");

    /**
     * Names of documents (words/document-kinds.txt), projects and events: a number right after them,
     * capitalised, is part of a name.
     */
    private static final Set<String> NAME_BEFORE_CAPITALISED = union(DocumentKinds.written("number-name"),
            words("Dự án", "Hội nghị", "Đại hội", "Kỳ thi", "Cuộc thi", "Giải"));

    /** Name words that, after "các"/"mọi", mean "of all kinds" rather than naming one: "thép các loại 937 nghìn tấn". */
    private static final Set<String> KIND_WORDS = words("loại", "nhóm", "hạng", "cấp");

    /** Before a fraction these make it a scale ({@code tỷ lệ 1/2000}), not a quantity. */
    private static final Set<String> SCALE_BEFORE = words("tỷ lệ", "tỉ lệ", "quy hoạch", "bản đồ");

    /** Words after a number that are not what it counts (time, function words, adverbs). */
    private static final Set<String> NOT_COUNTED = words(
            "năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "giây", "tuổi", "buổi", "đêm", "mùa", "thế",
            "và", "với", "của", "là", "có", "được", "đã", "đang", "sẽ", "so", "trong", "trên", "dưới", "tại", "từ",
            "đến", "tới", "về", "cho", "theo", "hoặc", "hay", "thì", "mà", "này", "đó", "kia", "các", "những", "để",
            "khi", "nếu", "nhưng", "còn", "cũng", "chỉ", "đều", "rất", "hơn", "lên", "xuống", "ra", "vào", "sau",
            "trước", "bằng", "như", "gồm", "bao", "tăng", "giảm", "đạt", "chiếm", "ước", "thực", "trở", "không",
            "chưa", "vẫn", "cùng", "giữa", "qua", "nên", "do", "bởi", "vì", "nhằm", "mới", "lại", "thêm", "đi",
            "dần", "hết", "đủ", "nhất", "sao", "cấp", "thứ", "số", "hạng", "nhóm", "gấp", "trừ", "thuộc",
            "tương", "đối", "ngoài", "riêng", "mỗi", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "chục", "lượng",
            "phần", "điều", "khoản", "mục", "tiết", "chương", "cả", "tất", "toàn", "trong", "bị", "phải", "cần",
            "nay", "đây", "ấy", "kèm", "ban", "năm", "tính", "vừa", "gần", "khoảng", "hàng", "mỗi", "lần", "x",
            "về", "ha", "m", "km", "tỉnh", "quận", "huyện", "phường", "thị");

    /** Administrative units: counted only when no name follows them. */
    private static final Set<String> ADMINISTRATIVE_UNITS = words("tỉnh", "quận", "huyện", "phường");

    /** Counted nouns of two or three syllables (the unit keeps them whole). */
    private static final List<String> COMPOUND_NOUNS = List.of(
            "chủ đầu tư", "hợp tác xã", "chủ thể", "chương trình", "nghị quyết", "kết luận", "thông tư", "chỉ thị", "phương tiện", "nhãn hiệu", "kiểu dáng", "sáng chế", "tổ hợp tác", "đơn vị hành chính", "dự án", "doanh nghiệp", "hồ sơ",
            "trường hợp", "công trình", "lao động", "nhiệm vụ", "sản phẩm", "gian hàng", "đơn vị", "cơ sở",
            "nguồn vốn", "gói thầu", "căn nhà", "căn hộ", "học sinh", "sinh viên", "giáo viên", "thanh niên",
            "công dân", "đối tượng", "thuê bao", "văn bản", "quyết định", "thủ tục", "tổ chức", "cá nhân", "phòng học",
            "chỉ tiêu", "văn bằng", "đơn đăng ký", "đơn thư", "vụ việc", "khu tái định cư", "khu công nghiệp",
            "cụm công nghiệp", "chi nhánh", "cơ quan", "thành viên", "luật sư", "phần quà", "huy chương", "nội dung",
            "đề tài", "trang trại", "chuỗi cung ứng", "mô hình", "cánh đồng", "lượt khách", "lượt người",
            "người lao động", "hộ gia đình", "hộ nghèo", "hộ cận nghèo", "nút giao", "tuyến đường", "bệnh viện",
            "trạm y tế", "cuộc thanh tra", "cuộc kiểm tra", "đoàn", "bài viết", "tin bài", "ý kiến", "kiến nghị",
            "giấy phép", "giấy chứng nhận", "tài khoản", "trường học", "điểm trường", "phòng khám", "giường bệnh",
            "nền", "căn", "gói", "suất", "chuyến", "tàu", "xe", "con", "cây", "cái", "chiếc", "bộ", "tập thể");

    private QuantityScanner() {
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }

    private static Set<String> union(List<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * The quantities of a text, given where its numbers, dates and document numbers are written (found
     * once per passage, see {@code AnnotatedPassage}).
     */
    public static List<QuantityMention> scan(String text, List<Span> numbers, List<Span> dates,
                                             List<DocumentNumber.Found> documentNumbers) {
        BitSet covered = notQuantities(text, dates, documentNumbers);
        List<QuantityMention> out = new ArrayList<>();
        int consumedTo = 0;
        for (Span n : numbers) {
            int s = n.start();
            if (s < consumedTo || covered.get(s)) {
                continue;
            }
            QuantityMention q = read(text, text.substring(s, n.end()), s, n.end(), out, covered);
            if (q != null) {
                out.add(q);
                consumedTo = q.end;
            }
        }
        return out;
    }

    private static QuantityMention read(String text, String token, int s, int e, List<QuantityMention> before,
                                        BitSet covered) {
        if (s > 0) {
            char p = text.charAt(s - 1);
            if (p == '/' && countAfterCount(text, s, e, before)) {
                // "bắt giữ 461 vụ/873 đối tượng": two counts of two things, joined by a slash
            } else if (Character.isLetter(p) || p == '/' || p == '_' || p == '#') {
                return null;
            }
            if ((p == '-' || p == '.') && s >= 2 && Character.isLetterOrDigit(text.charAt(s - 2))) {
                return null;
            }
        }
        Optional<BigDecimal> parsed = VietnameseNumber.parse(token);
        if (parsed.isEmpty()) {
            return null;
        }
        double value = parsed.get().doubleValue();
        boolean englishDecimal = token.matches("\\d+\\.\\d{1,2}") ;
        String prev = wordsBefore(text, s, 2);
        String prev1 = lastWord(prev);
        String prevCased = wordsBeforeCased(text, s, 2);
        if (NAME_BEFORE_CAPITALISED.contains(prevCased) || NAME_BEFORE_CAPITALISED.contains(lastWord(prevCased))) {
            return null;
        }
        if ((SCALE_BEFORE.contains(prev) || SCALE_BEFORE.contains(prev1)) && text.startsWith("/", e)) {
            return null;
        }
        if ((NAME_BEFORE.contains(prev) || NAME_BEFORE.contains(prev1)) && !prev.equals("danh mục")) {
            // "tổng số 12 hồ sơ" counts; "nút giao số 01" names
            // "bông các loại 43 nghìn tấn": of all kinds, a quantity follows (not "loại 1", a class)
            boolean ofAllKinds = KIND_WORDS.contains(prev1) && (prev.startsWith("các ") || prev.startsWith("mọi "));
            if (!ofAllKinds && !(prev1.equals("số") && (prev.startsWith("tổng") || prev.startsWith("với")))) {
                return null;
            }
        }
        if (value == 1 && (prev.equals("bình quân") || prev.equals("trung bình") || prev1.equals("mỗi"))) {
            // "bình quân 1 dự án … là 6,8 tỷ đồng": per one of them, not a count
            return null;
        }
        if (isLabel(text, s, e)) {
            return null;
        }

        QuantityMention q = new QuantityMention();
        q.numberStart = s;
        q.value = value;
        int pos = e;

        // "a/b": actual/target, done/total
        Matcher slash = SLASH_NUMBER.matcher(text);
        if (slash.find(pos) && slash.start() == pos && !covered.get(slash.start(1))) {
            Optional<Double> second = VietnameseNumber.parseDouble(slash.group(1));
            if (second.isPresent()) {
                q.target = second.get();
                pos = slash.end();
            }
        }
        // "a-b unit", "a - b%", "a đến b unit": a range whose unit is written once, after b
        if (q.target == null && UnitLexicon.match(text, pos).isEmpty()) {
            Matcher dash = DASH_NUMBER.matcher(text);
            Matcher verbal = VERBAL_RANGE_END.matcher(text);
            Matcher end = dash.find(pos) && dash.start() == pos ? dash : verbal.find(pos) && verbal.start() == pos ? verbal : null;
            if (end != null && !isYear(token) && !covered.get(end.start(1))) {
                Optional<Double> hi = VietnameseNumber.parseDouble(end.group(1));
                Optional<UnitLexicon.Match> u = UnitLexicon.match(text, end.end());
                if (hi.isPresent() && u.isPresent()) {
                    setRange(q, value, hi.get());
                    pos = end.end();
                }
            }
        }
        Optional<UnitLexicon.Match> unit = UnitLexicon.match(text, pos);
        if (englishDecimal && unit.isEmpty()) {
            return null;
        }
        if (isYear(token) && q.target == null && q.low == null
                && (unit.isEmpty() || unit.get().unit().kind() == UnitLexicon.Kind.COUNT && !unit.get().surface().equals("người"))) {
            return null;
        }
        if (unit.isPresent()) {
            UnitLexicon.Match u = unit.get();
            q.unit = u.unit().canonical();
            q.kind = u.unit().kind();
            pos = u.end();
            // "7,5%-8,0%", "7,5% - 8,0%": the same unit on both ends
            if (q.low == null && q.target == null) {
                Matcher dash = DASH_NUMBER.matcher(text);
                if (dash.find(pos) && dash.start() == pos && !covered.get(dash.start(1))) {
                    Optional<UnitLexicon.Match> u2 = UnitLexicon.match(text, dash.end());
                    Optional<Double> hi = VietnameseNumber.parseDouble(dash.group(1));
                    if (hi.isPresent() && u2.isPresent() && u2.get().unit().equals(u.unit())) {
                        setRange(q, value, hi.get());
                        pos = u2.get().end();
                    }
                }
            }
            if (q.isPercent()) {
                pos = percentTarget(text, pos, q);
            } else {
                pos = compoundUnit(text, pos, q);
            }
        } else {
            int after = pos;
            Optional<String[]> noun = scaledCount(text, after).or(() -> countedNoun(text, after));
            if (noun.isPresent() && q.target != null && looksLikeDayMonth(q.value, q.target) && !isKnownNoun(noun.get()[0])) {
                return null;
            }
            if (noun.isPresent()) {
                q.unit = noun.get()[0];
                q.kind = UnitLexicon.Kind.COUNT;
                q.counted = true;
                pos = Integer.parseInt(noun.get()[1]);
            } else if (!inheritUnit(text, q, before) && !unitOfTheRow(text, q)) {
                return null;
            }
        }
        // "từ 10% đến 25%", "từ 1,2 đến 2,8 triệu đồng"
        if (q.low == null && q.target == null && wordsBefore(text, s, 1).equals("từ")) {
            Matcher r = VERBAL_RANGE_END.matcher(text);
            if (r.find(pos) && r.start() == pos) {
                Optional<Double> hi = VietnameseNumber.parseDouble(r.group(1));
                Optional<UnitLexicon.Match> u2 = UnitLexicon.match(text, r.end());
                if (hi.isPresent()) {
                    setRange(q, value, hi.get());
                    pos = u2.map(UnitLexicon.Match::end).orElse(r.end());
                    if (q.unit == null && u2.isPresent()) {
                        q.unit = u2.get().unit().canonical();
                        q.kind = u2.get().unit().kind();
                    }
                }
            }
        }
        q.end = pos;
        q.raw = text.substring(q.numberStart, q.end).strip();
        Qualifiers.apply(text, q);
        return q;
    }

    /**
     * A number right after {@code <count> <noun>/} that counts a noun of its own: police and inspection
     * reports pair cases and persons this way ({@code 461 vụ/873 đối tượng}, {@code 12 cuộc/35 đơn vị}).
     */
    private static boolean countAfterCount(String text, int s, int e, List<QuantityMention> before) {
        if (s < 2 || !Character.isLetter(text.charAt(s - 2)) || before.isEmpty()) {
            return false;
        }
        QuantityMention last = before.get(before.size() - 1);
        if (last.end != s - 1 || last.unit == null || last.kind != UnitLexicon.Kind.COUNT) {
            return false;
        }
        // "13,7 máy/100 dân", "5 bác sĩ/10.000 dân": a rate per a round number of people, not a second count
        String digits = text.substring(s, e).replace(".", "");
        if (digits.matches("10*")) {
            return false;
        }
        Optional<UnitLexicon.Match> unit = UnitLexicon.match(text, e);
        if (unit.isPresent()) {
            return unit.get().unit().kind() == UnitLexicon.Kind.COUNT;
        }
        return e < text.length() && UnitLexicon.isSpace(text.charAt(e)) && countedNoun(text, e).isPresent();
    }

    private static void setRange(QuantityMention q, double a, double b) {
        q.low = Math.min(a, b);
        q.high = Math.max(a, b);
        q.value = null;
    }

    /** {@code 89%/93,55%} and {@code 98,78% (NQ 98,9%)}: the second number is the target. */
    private static int percentTarget(String text, int pos, QuantityMention q) {
        Matcher t = PERCENT_SLASH.matcher(text);
        if (t.find(pos) && t.start() == pos) {
            q.target = VietnameseNumber.parseDouble(t.group(1)).orElse(null);
            return t.end();
        }
        t = NQ_TARGET.matcher(text);
        if (t.find(pos) && t.start() == pos) {
            q.target = VietnameseNumber.parseDouble(t.group(1)).orElse(null);
            return t.end();
        }
        return pos;
    }

    /** {@code đồng/suất}, {@code triệu đồng/ha}: a per-unit amount keeps its denominator. */
    private static int compoundUnit(String text, int pos, QuantityMention q) {
        if (pos < text.length() && text.charAt(pos) == '/' && pos + 1 < text.length()
                && Character.isLetter(text.charAt(pos + 1))) {
            int j = pos + 1;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String denominator = text.substring(pos + 1, j).toLowerCase(Locale.ROOT);
            var named = UnitLexicon.match(text, pos + 1);
            if (named.isPresent() && named.get().end() > j && !Character.isWhitespace(text.charAt(pos + 1))) {
                // "tỷ đồng/dự án", "đồng/lao động": a denominator of more than one word that the lexicon knows
                j = named.get().end();
                denominator = text.substring(pos + 1, j).toLowerCase(Locale.ROOT);
            }
            if (!denominator.equals("năm") && !denominator.equals("tháng") || q.kind == UnitLexicon.Kind.MONEY) {
                q.unit = q.unit + "/" + denominator;
                return j;
            }
        }
        // "tăng 11 vụ (129/118)" – the pair is read as its own mention
        return pos;
    }

    /**
     * A number with no noun of its own takes the unit of the count it belongs to: the pair in
     * parentheses after a change ({@code giảm 11 vụ (4/15)}), or {@code đạt 1.768/3.400} after a count.
     */
    private static boolean inheritUnit(String text, QuantityMention q, List<QuantityMention> before) {
        if (before.isEmpty()) {
            return false;
        }
        QuantityMention last = before.get(before.size() - 1);
        if (last.unit == null || last.isPercent()) {
            return false;
        }
        String between = text.substring(last.end, q.numberStart);
        if (between.length() > 40 || between.contains(";") || between.contains(".")) {
            return false;
        }
        if (between.strip().equals("(") && q.target != null && last.change != null) {
            q.previous = q.target;
            q.target = null;
            q.unit = last.unit;
            q.kind = last.kind;
            return true;
        }
        String folded = TextFold.fold(between);
        if (q.target != null && folded.matches(".*\\b(dat|duoc|la|thuc hien)\\s*$")) {
            q.unit = last.unit;
            q.kind = last.kind;
            return true;
        }
        return false;
    }

    /** The numbers of a row read so far, after its label: " 137,0 ", " | 137,0 | ". */
    private static final Pattern ROW_NUMBERS_SO_FAR = Pattern.compile("(?:[\\s|]+[\\d.,]+)*[\\s|]+$");

    /**
     * A bare number in a table row read as a line of text takes the unit its row label gives in parentheses
     * ({@code (8) Thu ngân sách nhà nước (nghìn tỷ đồng) 34,7 47,3}): the way statistical annexes print
     * indicator rows whose columns are periods (as a line, or as a row's cells joined by " | "). Only a unit
     * the list knows; a "(%)" row's numbers are percentages.
     */
    private static boolean unitOfTheRow(String text, QuantityMention q) {
        String before = text.substring(0, q.numberStart);
        Matcher numbers = ROW_NUMBERS_SO_FAR.matcher(before);
        if (!numbers.find()) {
            return false;
        }
        Optional<UnitLexicon.Labelled> u = UnitLexicon.labelled(before.substring(0, numbers.start()));
        if (u.isEmpty()) {
            return false;
        }
        q.unit = u.get().unit().canonical();
        q.kind = u.get().unit().kind();
        return true;
    }

    /**
     * A count in thousands or millions of a noun the unit list does not know: {@code 436 nghìn thuê bao},
     * {@code 2,2 triệu thuê bao}, {@code 11.712 nghìn máy}; the unit keeps the scale, as {@code nghìn tấn} does.
     */
    private static Optional<String[]> scaledCount(String text, int pos) {
        int i = pos;
        while (i < text.length() && UnitLexicon.isSpace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        // thousands and millions only: a bare "tỷ" is money (UnitLexicon), billions of a counted thing are rare
        String scale = UnitLexicon.scale(text.substring(i, j)).filter(sc -> !sc.equals("tỷ")).orElse(null);
        if (i == pos || scale == null || j >= text.length() || !UnitLexicon.isSpace(text.charAt(j))) {
            return Optional.empty();
        }
        return countedNoun(text, j).map(n -> new String[] {scale + " " + n[0], n[1]});
    }

    /** The noun a count counts: the word after the number, lower case, kept whole when it is a compound. */
    static Optional<String[]> countedNoun(String text, int pos) {
        int i = pos;
        while (i < text.length() && UnitLexicon.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == pos && i < text.length() && Character.isLetter(text.charAt(i))) {
            return Optional.empty();
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            return Optional.empty();
        }
        String word = text.substring(i, j);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean acronym = word.length() >= 2 && word.length() <= 6 && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(lower);
        if (!acronym && Character.isUpperCase(word.charAt(0))) {
            // a common noun capitalised for emphasis ("02 Nhà máy"), not a proper name ("3 Cần Thơ")
            String next = UnitLexiconAccess.nextWord(text, j);
            if (!next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
                return Optional.empty();
            }
        }
        String rest = text.substring(i, Math.min(text.length(), i + 40)).toLowerCase(Locale.ROOT);
        for (String c : COMPOUND_NOUNS) {
            if (rest.startsWith(c) && (rest.length() == c.length() || !Character.isLetter(rest.charAt(c.length())))) {
                return Optional.of(new String[] {c, Integer.toString(i + c.length())});
            }
        }
        if (acronym) {
            return NOT_COUNTED.contains(lower) ? Optional.empty() : Optional.of(new String[] {lower, Integer.toString(j)});
        }
        if (ADMINISTRATIVE_UNITS.contains(lower)) {
            // "11 tỉnh, thành phố", "2 tỉnh là Hà Giang và Tuyên Quang" count provinces; "2023 tỉnh Cần Thơ",
            // "khu vực 3 quận Ninh Kiều": a number before a named unit belongs to something else
            String next = UnitLexiconAccess.nextWord(text, j);
            return !next.isEmpty() && Character.isUpperCase(next.charAt(0)) ? Optional.empty()
                    : Optional.of(new String[] {lower, Integer.toString(j)});
        }
        if (NOT_COUNTED.contains(lower)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {lower, Integer.toString(j)});
    }

    private static boolean looksLikeDayMonth(Double day, Double month) {
        return day != null && day == Math.floor(day) && day >= 1 && day <= 31 && month == Math.floor(month) && month >= 1
                && month <= 12;
    }

    private static boolean isKnownNoun(String noun) {
        return COMPOUND_NOUNS.contains(noun) || noun.contains(" ");
    }

    private static boolean isYear(String token) {
        if (!token.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(token);
        return y >= 1900 && y <= 2100;
    }

    /** "1." or "(1)" or "1)" opening a passage or list item is a label, not a number. */
    private static boolean isLabel(String text, int s, int e) {
        String before = text.substring(0, s).strip();
        boolean opens = before.isEmpty() || before.equals("(");
        if (!opens) {
            return false;
        }
        String after = text.substring(e, Math.min(text.length(), e + 2));
        return after.startsWith(".") || after.startsWith(")") || after.startsWith(" ") && before.equals("(");
    }

    /** Spans that hold digits but no quantity: dates, document numbers, months, clock times, periods. */
    private static BitSet notQuantities(String text, List<Span> dates, List<DocumentNumber.Found> documentNumbers) {
        BitSet b = new BitSet(text.length());
        for (DocumentNumber.Found f : documentNumbers) {
            b.set(f.start(), f.end());
        }
        for (Span d : dates) {
            b.set(d.start(), d.end());
        }
        for (Pattern p : new Pattern[] {MONTH_YEAR, DAY_RANGE, CLOCK, PERIOD_SLASH_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                b.set(m.start(), m.end());
            }
        }
        Matcher dm = DAY_MONTH_AFTER_DATE_WORD.matcher(text);
        while (dm.find()) {
            int d = Integer.parseInt(dm.group(1));
            int mo = Integer.parseInt(dm.group(2));
            String after = UnitLexiconAccess.nextWord(text, dm.end());
            if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && countedNoun(text, dm.end()).isEmpty() && !after.equals("%")) {
                b.set(dm.start(1), dm.end());
            }
        }
        return b;
    }

    static String wordsBefore(String text, int pos, int n) {
        return wordsBeforeCased(text, pos, n).toLowerCase(Locale.ROOT);
    }

    static String wordsBeforeCased(String text, int pos, int n) {
        String folded = text.substring(Math.max(0, pos - 40), pos).replaceAll("[(“\"]", " ");
        String[] words = folded.strip().split("[\\s\\u00A0]+");
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = words.length - 1; i >= 0 && count < n; i--) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1)) && !w.endsWith(">")) {
                break;
            }
            sb.insert(0, sb.length() == 0 ? w : w + " ");
            count++;
        }
        return sb.toString();
    }

    private static String lastWord(String words) {
        int i = words.lastIndexOf(' ');
        return i < 0 ? words : words.substring(i + 1);
    }

    /** Keeps {@link UnitLexicon#nextWord} package-private there while this class needs it. */
    private static final class UnitLexiconAccess {
        static String nextWord(String text, int from) {
            int i = from;
            while (i < text.length() && UnitLexicon.isSpace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < text.length() && !UnitLexicon.isSpace(text.charAt(j))) {
                j++;
            }
            return text.substring(i, j);
        }
    }
}
