package io.baocao.extract.document;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata of one logical document: kind and title from the heading block, number and date
 * from the {@code Số: …} and {@code <Place>, ngày …} lines, and, where the header is missing or
 * wrong (a draft copied from another city's template), from the body: {@code Kèm theo Báo cáo số …},
 * the issuing council named in the text, and the place most often named.
 */
public final class DocumentHeaderExtractor {
    private static final Pattern OWN_NUMBER = Pattern.compile("(?iu)^\\s*(?:Số|So)\\s*:\\s*(.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?u)(?:^|\\s)([\\p{Lu}Đ][\\p{Ll}\\p{M}]*(?:\\s+[\\p{Lu}Đ][\\p{Ll}\\p{M}]*){0,3})\\s*,\\s*ngày\\b(.*)$");
    private static final Pattern BLANK_DAY = Pattern.compile("(?iu)ngày[\\s.…_]*tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "(?iu)\\(?\\s*Kèm theo\\s+(Báo cáo|Quyết định|Nghị quyết|Kế hoạch|Tờ trình|Công văn)\\s+số\\s+([^\\s]+)\\s+");
    private static final Pattern KIND_LINE = Pattern.compile(
            "(?u)^\\s*(BÁO CÁO|NGHỊ QUYẾT|KẾ HOẠCH|QUYẾT ĐỊNH|TỜ TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN|CHỈ THỊ|THÔNG BÁO|KẾT LUẬN|"
            + "CÔNG VĂN|HƯỚNG DẪN|QUY ĐỊNH|PHỤ LỤC(?:\\s+[IVXLC\\d]+)?|Phụ lục(?:\\s+[IVXLC\\d]+)?)\\s*(?:\\(DỰ THẢO\\)|DỰ THẢO)?\\s*$");
    private static final Pattern COUNCIL = Pattern.compile(
            "(?iu)(HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+((?:THÀNH PHỐ|TỈNH|QUẬN|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)"
            + "\\s+[\\p{L}\\s]+?)(?=\\s+KHÓA|\\s+KHOÁ|\\s*,|\\s*$|\\s+KỲ)");
    private static final Pattern PLACE_MENTION = Pattern.compile(
            "(?u)(?<![\\p{L}])(thành phố|tỉnh|quận|huyện|thị xã)\\s+((?:[\\p{Lu}Đ][\\p{Ll}\\p{M}đ]*)(?:\\s+[\\p{Lu}Đ][\\p{Ll}\\p{M}đ]*){0,3})");
    private static final Pattern PERIOD_H1 = Pattern.compile("(?iu)6 tháng đầu năm(?:\\s+\\d{4})?|sáu tháng đầu năm");
    private static final Pattern PERIOD_H2 = Pattern.compile("(?iu)^(?!.*6 tháng đầu).*6 tháng cuối năm");
    private static final Pattern QUARTER = Pattern.compile("(?iu)quý\\s+(I{1,3}|IV|[1-4])\\b");
    private static final Pattern MONTH = Pattern.compile("(?iu)tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])(20\\d{2}|19\\d{2})(?![\\d/.,])");

    /**
     * The document record of a logical document made of {@code passages}, spanning {@code pages}
     * pages (null when the format has none).
     */
    public DocumentRecord read(String doc, List<Passage> passages, Integer pages) {
        DocumentRecord d = new DocumentRecord();
        d.doc = doc;
        d.pages = pages;
        if (!passages.isEmpty()) {
            d.page = passages.get(0).page();
        }
        int headLimit = Math.min(passages.size(), 40);
        StringBuilder titleText = new StringBuilder();
        int kindAt = -1;
        for (int i = 0; i < headLimit; i++) {
            Passage p = passages.get(i);
            String t = p.text();
            Matcher own = OWN_NUMBER.matcher(t);
            boolean numberLine = false;
            if (d.number == null && own.find()) {
                List<DocumentNumber.Found> f = DocumentNumber.findAll(own.group(1));
                if (!f.isEmpty()) {
                    d.number = f.get(0).canonical();
                } else {
                    d.draft = Boolean.TRUE;
                }
                numberLine = true;
            }
            // the place and date may share the number's line (a signature widget draws both in one box)
            Matcher pd = PLACE_DATE.matcher(t);
            if (d.place == null && pd.find() && i < 20 && (pd.start(1) < 3 || numberLine)) {
                d.place = pd.group(1).strip();
                Optional<VietnameseDate.Found> date = VietnameseDate.findNear(t, pd.start(1), t.length());
                if (date.isPresent()) {
                    d.issued = date.get().iso();
                } else if (BLANK_DAY.matcher(t).find()) {
                    d.draft = Boolean.TRUE;
                }
                continue;
            }
            if (numberLine) {
                continue;
            }
            Matcher k = KIND_LINE.matcher(t);
            if (d.kind == null && k.find()) {
                d.kind = kindName(k.group(1));
                if (t.toUpperCase(Locale.ROOT).contains("DỰ THẢO")) {
                    d.draft = Boolean.TRUE;
                }
                kindAt = i;
                continue;
            }
            if (kindAt >= 0 && i > kindAt && titleText.length() < 400 && isTitleLine(p, t)) {
                if (titleText.length() > 0) {
                    titleText.append(' ');
                }
                titleText.append(t.replaceAll("^\\(|\\)$", ""));
            } else if (kindAt >= 0 && i > kindAt && titleText.length() > 0) {
                kindAt = Integer.MAX_VALUE;
            }
        }
        if (titleText.length() > 0) {
            d.title = titleText.toString().strip();
        }
        String body = joined(passages, 400);
        if (d.kind == null) {
            d.kind = "Văn bản";
        }
        if ("Phụ lục".equals(d.kind) && d.issued == null) {
            String head = joined(passages, 10);
            Matcher a = ATTACHED_TO.matcher(head);
            if (a.find()) {
                VietnameseDate.findNear(head, a.end(), 8).ifPresent(f -> d.issued = f.iso());
            }
        }
        d.issuer = issuer(passages, d);
        d.jurisdiction = jurisdiction(body);
        String when = (d.title == null ? "" : d.title) + " " + joined(passages, 12);
        d.year = year(when, d.issued);
        d.period = period(when, d.year);
        return d;
    }

    private static boolean isTitleLine(Passage p, String t) {
        if (t.length() > 400 || t.startsWith("Căn cứ") || t.matches("(?iu)^(Kính gửi|Thực hiện|Năm \\d{4}).*")) {
            return false;
        }
        return p.kind() == Passage.Kind.HEADING || p.kind() == Passage.Kind.HEADER
                || t.equals(t.toUpperCase(Locale.ROOT)) && t.length() > 10
                || t.startsWith("(Kèm theo") == false && t.startsWith("Về ") || t.startsWith("V/v");
    }

    private static String kindName(String written) {
        String w = written.strip();
        if (w.toUpperCase(Locale.ROOT).startsWith("PHỤ LỤC")) {
            return "Phụ lục";
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String issuer(List<Passage> passages, DocumentRecord d) {
        String head = joined(passages, 40);
        Matcher c = COUNCIL.matcher(head);
        Map<String, Integer> votes = new HashMap<>();
        String first = null;
        while (c.find()) {
            String body = c.group(1).toUpperCase(Locale.ROOT).replace("UỶ", "ỦY");
            String name = sentenceCase(body) + " " + placeCase(c.group(2).strip());
            votes.merge(name, 1, Integer::sum);
            if (first == null) {
                first = name;
            }
        }
        if (first != null) {
            return first;
        }
        if (d.number != null) {
            String n = d.number.toUpperCase(Locale.ROOT);
            if (n.contains("HĐND")) {
                return "Hội đồng nhân dân";
            }
            if (n.contains("UBND")) {
                return "Ủy ban nhân dân";
            }
        }
        return null;
    }

    /** The place whose figures these are: the jurisdiction the body names most often. */
    static String jurisdiction(String body) {
        Matcher m = PLACE_MENTION.matcher(body);
        Map<String, Integer> votes = new HashMap<>();
        while (m.find()) {
            String level = m.group(1).toLowerCase(Locale.ROOT);
            String name = m.group(2).strip();
            votes.merge(level + " " + name, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static Integer year(String text, String issued) {
        Matcher m = YEAR.matcher(text);
        Integer last = null;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
            break;
        }
        if (last != null) {
            return last;
        }
        return issued == null ? null : LocalDate.parse(issued).getYear();
    }

    static String period(String text, Integer year) {
        if (year == null) {
            return null;
        }
        if (PERIOD_H1.matcher(text).find()) {
            return year + "-H1";
        }
        if (PERIOD_H2.matcher(text).find()) {
            return year + "-H2";
        }
        Matcher q = QUARTER.matcher(text);
        if (q.find()) {
            String r = q.group(1);
            int n = switch (r) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
            return year + "-Q" + n;
        }
        Matcher mo = MONTH.matcher(text);
        if (mo.find() && Integer.parseInt(mo.group(2)) == year && !text.toLowerCase(Locale.ROOT).contains("năm " + year + " ")) {
            return String.format("%d-%02d", year, Integer.parseInt(mo.group(1)));
        }
        return Integer.toString(year);
    }

    private static String joined(List<Passage> passages, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, passages.size()); i++) {
            sb.append(passages.get(i).text()).append('\n');
        }
        return sb.toString();
    }

    private static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "THÀNH PHỐ CẦN THƠ" → "thành phố Cần Thơ". */
    private static String placeCase(String upper) {
        String[] words = upper.toLowerCase(Locale.ROOT).split("\\s+");
        int levelWords = words.length > 1 && (words[0].equals("thành") || words[0].equals("thị")) ? 2 : 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i >= levelWords && !w.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }
}
