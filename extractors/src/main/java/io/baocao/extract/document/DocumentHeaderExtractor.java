package io.baocao.extract.document;

import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.grammar.WordLists;
import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.names.AdminUnits;
import io.baocao.extract.names.AgencyPlaceFinder;
import io.baocao.extract.text.LogicalDocument;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata of one logical document: kind and title from the heading block, number and date
 * from the {@code Số: …} and {@code <Place>, ngày …} lines, and, where the header is missing or
 * wrong (a draft copied from another city's template), from the body: {@code Kèm theo Báo cáo số …},
 * the issuing council named in the text, and the place most often named.
 */
public final class DocumentHeaderExtractor {
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "(?iu)\\(?\\s*Kèm theo\\s+(Báo cáo|Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Kế hoạch|Tờ trình|Công văn|Thông báo"
            + "|Kết luận|Hướng dẫn)\\s+số\\s*:?\\s*([^\\s]+)\\s+");
    /** A council or committee named in capitals in a header ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ KHÓA X"). */
    private static final Pattern COUNCIL = Pattern.compile(
            "(?u)(HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+((?:THÀNH PHỐ|TỈNH|QUẬN|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)"
            + "\\s+[\\p{Lu}Đ\\s]+?)(?=\\s+KHÓA|\\s+KHOÁ|\\s*,|\\s*$|\\s+KỲ|\\s+[\\p{Ll}])");
    private static final Pattern SIGNED_FOR = Pattern.compile("(?u)\\bTM\\.\\s*(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|"
            + "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ)");
    private static final Pattern ATTACHED_ISSUER = Pattern.compile("(?iu)Kèm theo[^)]*?\\bcủa\\s+([^)]+)\\)");
    private static final Pattern PLACE_MENTION = Pattern.compile(
            "(?u)(?<![\\p{L}])(thành phố|tỉnh|quận|huyện|thị xã)\\s+((?:[\\p{Lu}Đ][\\p{Ll}\\p{M}đ]*)(?:\\s+[\\p{Lu}Đ][\\p{Ll}\\p{M}đ]*){0,3})");
    private static final Pattern PLACE_OF_ISSUE = Pattern.compile(
            "(?u)(?<![\\p{L}])([\\p{Lu}Đ][\\p{L}\\p{M}]*(?:\\s+[\\p{Lu}Đ][\\p{L}\\p{M}]*){0,3})\\s*,\\s*ngày\\s+\\d");
    private static final Pattern PERIOD_H1 = Pattern.compile("(?iu)6 tháng đầu năm(?:\\s+\\d{4})?|sáu tháng đầu năm");
    private static final Pattern PERIOD_H2 = Pattern.compile("(?iu)^(?!.*6 tháng đầu).*6 tháng cuối năm");
    private static final Pattern QUARTER = Pattern.compile("(?iu)quý\\s+(I{1,3}|IV|[1-4])\\b");
    /** A month that is a period, not the month of a day's date ("ngày 03 tháng 8 năm 2021" is the day it was signed). */
    private static final Pattern MONTH = Pattern.compile("(?iu)(?<!ngày\\s{1,3}\\d{1,2}\\s{1,3})tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])(20\\d{2}|19\\d{2})(?![\\d/.,])");

    /**
     * The document record of a logical document, whole: its metadata, the page it starts on (where its
     * kind is printed, within its span) and the pages from there to its end, and its first lines as
     * evidence. {@code fileJurisdiction}, the place the whole file speaks of, stands in for an appendix
     * whose own text (a table) names none.
     */
    public DocumentRecord read(LogicalDocument document, String fileJurisdiction) {
        List<Passage> passages = document.passages();
        boolean paged = document.paged();
        Integer span = paged ? document.lastPage() - document.firstPage() + 1 : null;
        DocumentRecord record = read(document.doc(), passages, span, fileJurisdiction);
        if (paged) {
            int first = document.firstPage();
            int start = record.page != null && record.page >= first ? record.page : first;
            record.page = start;
            record.pages = document.lastPage() - start + 1;
        } else {
            record.page = null;
        }
        record.text = headerText(passages);
        return record;
    }

    /** The stamp an e-signing tool prints on the page: "Ký bởi: Nguyễn Văn A … Ngày ký: 07.07.2020 13:44:03 +07:00". */
    private static final Pattern STAMP_SIGNER = Pattern.compile(
            "(?iu)Ký bởi\\s*:\\s*(.+?)\\s*(?=Email\\s*:|Cơ quan\\s*:|Chức vụ\\s*:|Ngày ký\\s*:|Thời gian ký\\s*:|$)");
    private static final Pattern STAMP_TIME = Pattern.compile(
            "(?iu)(?:Ngày ký|Thời gian ký)\\s*:\\s*(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
            + "(?:\\s*([+-]\\d{2}):?(\\d{2}))?");

    /** Signer and time from a signature stamp printed in the document, where no signature dictionary gave them. */
    static void signatureStamp(List<Passage> passages, DocumentRecord record) {
        for (Passage p : passages) {
            String t = p.text();
            if (record.signer == null) {
                Matcher s = STAMP_SIGNER.matcher(t);
                if (s.find() && !s.group(1).isBlank()) {
                    record.signer = s.group(1).strip();
                }
            }
            if (record.signed == null) {
                Matcher m = STAMP_TIME.matcher(t);
                if (m.find()) {
                    try {
                        java.time.LocalDateTime at = java.time.LocalDateTime.of(Integer.parseInt(m.group(3)),
                                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                        String offset = m.group(7) == null ? "+07:00" : m.group(7) + ":" + m.group(8);
                        record.signed = at.atOffset(java.time.ZoneOffset.of(offset)).toString();
                    } catch (java.time.DateTimeException | NumberFormatException e) {
                        // not a time: leave it unread
                    }
                }
            }
        }
    }

    /** A position a signature block prints over the signer's name, in capitals. */
    private static final String POSITION = "(?:PHÓ\\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BÍ THƯ|"
            + "TỔNG CỤC TRƯỞNG|CHI CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG PHÒNG|THỐNG ĐỐC|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHỦ NHIỆM|"
            + "CHÁNH ÁN|THỦ TRƯỞNG|TRƯỞNG ĐOÀN|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG)";
    /**
     * The signature block of Nghị định 30/2020/NĐ-CP: an authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") then the
     * position, a "(Đã ký)" of a copy, and the signer's name in words ("Trương Tấn Thiệu").
     */
    private static final Pattern SIGNATURE_BLOCK = Pattern.compile(
            "(?u)((?:(?:TM|KT|TL|TUQ|Q|T/M)\\.\\s*(?:[\\p{Lu}Đ]+\\s+){0,8}?)?" + POSITION
            + "(?:\\s+(?:KT\\.\\s*)?" + POSITION + ")?)\\s+(?:\\(?\\s*(?:Đã ký|đã ký|Ký)\\s*\\)?\\s+)?"
            + "([\\p{Lu}Đ][\\p{Ll}đ]+(?:\\s+[\\p{Lu}Đ][\\p{Ll}đ]*){1,4})(?![\\p{L}])");

    /**
     * The signer a printed signature block names, and the capacity it is signed in, where no e-signature gave a
     * signer: the last block of the document's last passages.
     */
    static void signatureBlock(List<Passage> passages, DocumentRecord record) {
        if (record.signer != null) {
            return;
        }
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(0, passages.size() - 12); i < passages.size(); i++) {
            tail.append(passages.get(i).text()).append(' ');
        }
        Matcher m = SIGNATURE_BLOCK.matcher(tail.toString().replace('|', ' ').replaceAll("\\s+", " "));
        String name = null;
        String as = null;
        while (m.find()) {
            name = m.group(2);
            as = m.group(1).strip();
        }
        if (name != null) {
            record.signer = name;
            record.signedAs = as;
        }
    }

    /** The document record's evidence: its first lines (number, place and date, kind, title). */
    private static String headerText(List<Passage> passages) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            if (sb.length() > 300) {
                break;
            }
            if (p.kind() == Passage.Kind.HEADER || p.kind() == Passage.Kind.HEADING) {
                sb.append(sb.length() == 0 ? "" : " ").append(p.text());
            } else if (sb.length() > 0) {
                break;
            }
        }
        return sb.length() == 0 && !passages.isEmpty() ? passages.get(0).text() : sb.length() == 0 ? null : sb.toString();
    }

    /**
     * The document record of a logical document made of {@code passages}, spanning {@code pages}
     * pages (null when the format has none).
     */
    public DocumentRecord read(String doc, List<Passage> passages, Integer pages) {
        return read(doc, passages, pages, null);
    }

    /**
     * As {@link #read(String, List, Integer)}; {@code fileJurisdiction}, the place the whole file speaks of,
     * stands in for an appendix whose own text (a table) names none.
     */
    public DocumentRecord read(String doc, List<Passage> passages, Integer pages, String fileJurisdiction) {
        DocumentRecord d = new DocumentRecord();
        d.doc = doc;
        d.pages = pages;
        if (!passages.isEmpty()) {
            d.page = passages.get(0).page();
        }
        HeaderBlock header = HeaderBlock.read(passages);
        d.number = header.number;
        d.place = header.place;
        d.issued = header.issued;
        d.kind = header.kind;
        d.title = header.title;
        d.draft = header.draft;
        if (header.kindPage != null) {
            // a document starts where its kind is printed (the motto above it may end the page before)
            d.page = header.kindPage;
        }
        String body = joined(passages, 400);
        if (d.kind == null) {
            d.kind = "Văn bản";
        }
        // a council or committee named in the header goes through issuer() below, which also mends a header
        // copied from another place's template
        String headerIssuer = COUNCIL.matcher(String.join(" ", header.issuerLines)).find() ? null : header.issuer();
        // an appendix, or a regulation issued with a decision (Ban hành kèm theo Quyết định số … ngày …), is of
        // the day of the document it is attached to
        String attachedLine = "Phụ lục".equals(d.kind) ? joined(passages, 10)
                : d.number == null && !header.blankNumber ? header.attachedTo : null;
        if (attachedLine != null && d.issued == null) {
            Matcher a = ATTACHED_TO.matcher(attachedLine);
            if (a.find()) {
                VietnameseDate.findNear(attachedLine, a.end(), 8).ifPresent(f -> d.issued = f.iso());
            }
        }
        // the issuer column first: a two-column header read across both columns puts the motto inside the body's
        // name (ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI … TỈNH BÌNH DƯƠNG)
        String issuerColumn = header.issuerColumn();
        d.jurisdiction = localUnit(header.issuerLines, passages);
        if (d.jurisdiction == null && issuerColumn != null) {
            d.jurisdiction = jurisdiction(placeOfCommittee(issuerColumn), true);
        }
        if (d.jurisdiction == null && issuerColumn != null && isCentral(issuerColumn)) {
            // a ministry's or the Government's document sits in Hà Nội (its place of issue) and is of the
            // whole country, unless its figures are of one province (a letter to that province)
            d.jurisdiction = oneProvince(body);
            d.jurisdiction = d.jurisdiction == null ? COUNTRY : d.jurisdiction;
        }
        if (d.jurisdiction == null && header.attachedTo != null && issuerColumn == null) {
            // a list or appendix attached to the file's main document is of that document's place, not of the
            // places its rows name
            d.jurisdiction = fileJurisdiction;
        }
        if (d.jurisdiction == null) {
            d.jurisdiction = jurisdiction(body);
        }
        if (d.jurisdiction == null) {
            d.jurisdiction = fileJurisdiction;
        }
        d.issuer = headerIssuer != null ? headerIssuer : issuer(passages, header.issuerLines, d.number != null ? d.number : header.blankNumberCode,
                d.jurisdiction);
        if (d.issuer == null) {
            d.issuer = header.issuer();
        }
        if (d.issuer == null) {
            d.issuer = sourceIssuer(passages);
        }
        if (d.jurisdiction == null && d.issuer != null) {
            // a table whose only place is its issuer's, named in its "kèm theo … của UBND xã Tân Phú" line
            Matcher own = LOCAL_UNIT.matcher(d.issuer);
            d.jurisdiction = own.find() ? own.group(1) + " " + own.group(2).strip() : null;
        }
        if (d.jurisdiction == null && d.issuer != null && isCentral(d.issuer)) {
            // a ministry's department named only by the report's source line (Nguồn: Vụ Kinh tế Nông nghiệp)
            d.jurisdiction = oneProvince(body);
            d.jurisdiction = d.jurisdiction == null ? COUNTRY : d.jurisdiction;
        }
        String when = (d.title == null ? "" : d.title) + " " + headerOnly(passages, 12);
        d.year = titleYear(d.title);
        if (d.year == null) {
            d.year = year(when, d.issued);
        }
        if (d.year == null && header.attachedTo != null) {
            // an attachment dated only through the document it is attached to
            Matcher y = ANY_YEAR.matcher(header.attachedTo);
            if (y.find()) {
                d.year = Integer.parseInt(y.group(1));
            }
        }
        if (d.year == null && "Danh sách".equals(d.kind)) {
            // a bare list states no year but its rows' dates and deadlines do
            d.year = mostNamedYear(body);
        }
        if (d.issued != null && d.year == null) {
            d.year = LocalDate.parse(d.issued).getYear();
        }
        boolean periodic = d.kind == null || PERIODIC_KINDS.contains(d.kind);
        // a letter, a decision, a notice reports on no period unless its title names one
        // a period the title names is the document's: the header's other lines hold dates of other things
        String titlePeriod = titlePeriod(d.title, d.year);
        d.period = titlePeriod != null ? titlePeriod : periodic ? period(when, d.year) : null;
        signatureStamp(passages, d);
        signatureBlock(passages, d);
        return d;
    }

    /** {@code number}: the document's number, or the code printed after a number left blank. */
    private static String issuer(List<Passage> passages, List<String> issuerColumnLines, String number, String jurisdiction) {
        String column = String.join(" ", issuerColumnLines);
        String head = joined(passages, 40);
        // the issuer column first: the council or committee it names ("ỦY BAN NHÂN DÂN / XÃ TỊNH HÀ"), then the text
        Matcher c = COUNCIL.matcher(column);
        if (!c.find()) {
            c = COUNCIL.matcher(head);
            c = c.find() ? c : null;
        }
        if (c != null) {
            String body = sentenceCase(c.group(1).toUpperCase(Locale.ROOT).replace("UỶ", "ỦY"));
            String place = placeCase(c.group(2).strip());
            // a header copied from another city's template: the place the body speaks of wins
            if (jurisdiction != null && !TextFold.fold(place).equals(TextFold.fold(jurisdiction))) {
                place = jurisdiction;
            }
            return body + " " + place;
        }
        Matcher a = ATTACHED_ISSUER.matcher(joined(passages, 10));
        if (a.find()) {
            return a.group(1).strip();
        }
        String code = number == null ? "" : number.toUpperCase(Locale.ROOT);
        String body = code.contains("HĐND") ? "Hội đồng nhân dân" : code.contains("UBND") ? "Ủy ban nhân dân" : null;
        if (body == null) {
            Matcher s = SIGNED_FOR.matcher(joinedAll(passages));
            if (s.find()) {
                body = sentenceCase(s.group(1));
            }
        }
        if (body == null) {
            return null;
        }
        return jurisdiction == null ? body : body + " " + jurisdiction;
    }

    private static String joinedAll(List<Passage> passages) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            if (p.kind() == Passage.Kind.HEADER) {
                sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static final Pattern SOURCE_LINE = Pattern.compile("(?u)^\\s*Nguồn\\s*:\\s*(.+)$");
    private static final AgencyPlaceFinder NAMES = new AgencyPlaceFinder();

    /**
     * A header-less report's issuer from its source line ({@code Nguồn: Vụ Kinh tế Nông nghiệp}): the body
     * the name finder finds first there, in capitals written as in running text. The model, not the rule:
     * it scores the better of the two on agencies, leave one file out (train/names).
     */
    private static String sourceIssuer(List<Passage> passages) {
        for (Passage p : passages) {
            Matcher m = SOURCE_LINE.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            for (AgencyPlaceFinder.Name n : NAMES.find(m.group(1))) {
                if (n.type().equals("agency") && n.start() == 0) {
                    boolean capitals = n.text().equals(n.text().toUpperCase(Locale.ROOT));
                    return capitals ? OrganisationName.of(n.text()) : n.text();
                }
            }
        }
        return null;
    }

    /**
     * The place whose figures these are: the province the body names most often (a province by the
     * administrative-units list, so neither a district's city nor {@code tỉnh Kính gửi}); when it names
     * none, the jurisdiction it names most often.
     */
    public static String jurisdiction(String body) {
        return jurisdiction(body, false);
    }

    /** The jurisdiction of a document of the whole country. */
    static final String COUNTRY = "Việt Nam";
    private static final List<String> CENTRAL_BODIES = WordLists.lines("central-bodies.txt");

    /** Whether an issuer's name starts with a body of the central state ({@code words/central-bodies.txt}). */
    static boolean isCentral(String issuer) {
        for (String body : CENTRAL_BODIES) {
            if (issuer.startsWith(body) && (issuer.length() == body.length() || !Character.isLetter(issuer.charAt(body.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The province a text is about when it names one far more than any other: the only one it names, or
     * at least three mentions and two thirds of them. A national report naming provinces in passing is
     * about none of them.
     */
    private static String oneProvince(String body) {
        Map<String, Integer> provinces = provinceMentions(body, new HashMap<>());
        int total = provinces.values().stream().mapToInt(Integer::intValue).sum();
        return provinces.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> provinces.size() == 1 || e.getValue() >= 3 && e.getValue() * 3 >= total * 2)
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The provinces a text names (a district counts for its province), and in {@code votes} every place it names. */
    private static Map<String, Integer> provinceMentions(String body, Map<String, Integer> votes) {
        Matcher m = PLACE_MENTION.matcher(body);
        Map<String, Integer> provinces = new HashMap<>();
        while (m.find()) {
            String level = m.group(1).toLowerCase(Locale.ROOT);
            String name = m.group(2).strip();
            votes.merge(level + " " + name, 1, Integer::sum);
            String province = AdminUnits.shipped().province(level, name);
            if (province != null) {
                provinces.merge(province, 1, Integer::sum);
            }
        }
        return provinces;
    }

    /** {@code known}: only a place the administrative-units list knows (an OCR'd "Lâm Đỏng" is no place). */
    private static String jurisdiction(String body, boolean known) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Integer> provinces = provinceMentions(body, votes);
        if (provinces.isEmpty()) {
            // a header in capitals names its province only there and in the place-of-issue line
            Matcher issued = PLACE_OF_ISSUE.matcher(body);
            while (issued.find()) {
                String province = AdminUnits.shipped().province("tỉnh", issued.group(1));
                province = province != null ? province : AdminUnits.shipped().province("thành phố", issued.group(1));
                if (province != null) {
                    provinces.merge(province, 1, Integer::sum);
                }
            }
        }
        if (known && provinces.isEmpty()) {
            return null;
        }
        Map<String, Integer> pool = provinces.isEmpty() ? votes : provinces;
        return pool.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The Party's committee of a place, as {@link OrganisationName} writes it: Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy. */
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?u)(?<![\\p{L}])(Tỉnh|Thành|Huyện|Quận|Thị) ủy ");

    /** A Party committee is of its place: "Tỉnh ủy Bình Định" → "tỉnh Bình Định", "Huyện ủy Sơn Tịnh" → "huyện Sơn Tịnh". */
    private static String placeOfCommittee(String written) {
        Matcher m = PARTY_COMMITTEE.matcher(written);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String level = switch (m.group(1)) {
                case "Tỉnh" -> "tỉnh";
                case "Thành" -> "thành phố";
                case "Huyện" -> "huyện";
                case "Quận" -> "quận";
                default -> "thị xã";
            };
            m.appendReplacement(out, level + " ");
        }
        return m.appendTail(out).toString();
    }

    /** A place below a province, as {@link OrganisationName} writes it: "huyện Phù Cát", "xã Tịnh Hà", "phường 5". */
    private static final Pattern LOCAL_UNIT = Pattern.compile(
            "(?u)(?<![\\p{L}])(quận|huyện|thị xã|thành phố|xã|phường|thị trấn)\\s+((?:[\\p{Lu}Đ][\\p{Ll}\\p{M}đ]*|\\d{1,2})"
            + "(?:\\s+[\\p{Lu}Đ][\\p{Ll}\\p{M}đ]*){0,3})");

    /**
     * The district or commune the issuer column names (UBND HUYỆN PHÙ CÁT / PHÒNG TÀI CHÍNH - KẾ HOẠCH; ỦY BAN
     * NHÂN DÂN / XÃ TỊNH HÀ), the lowest one: a district's or commune's figures are its own, not its province's.
     * Only when the text below the header names that place too: a header copied from another place's template
     * names a place the report never speaks of.
     */
    static String localUnit(List<String> issuerLines, List<Passage> passages) {
        String found = null;
        for (String line : issuerLines) {
            Matcher m = LOCAL_UNIT.matcher(placeOfCommittee(OrganisationName.of(line)));
            while (m.find()) {
                String level = m.group(1);
                String name = m.group(2).strip();
                if (AdminUnits.shipped().province(level, name) == null && namedBelowHeader(name, passages)) {
                    found = level + " " + name;
                }
            }
        }
        return found;
    }

    private static boolean namedBelowHeader(String name, List<Passage> passages) {
        Pattern named = Pattern.compile("(?u)(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])");
        for (int i = 0; i < Math.min(passages.size(), 400); i++) {
            Passage p = passages.get(i);
            if (p.kind() != Passage.Kind.HEADER && !HeaderBlock.PLACE_DATE.matcher(p.text()).find()
                    && named.matcher(p.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The kinds that report on a period (a report, a plan, a resolution on one, their appendices). */
    private static final java.util.Set<String> PERIODIC_KINDS = java.util.Set.of("Báo cáo", "Kế hoạch", "Nghị quyết",
            "Phụ lục", "Chương trình", "Văn bản", "Kết luận");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?u)(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}|(?:đến|tới) năm (?:19|20)\\d{2}");

    /** The year a title names, unless it names only a span ("giai đoạn 2021 - 2025", "đến năm 2030"). */
    private static Integer titleYear(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = YEAR.matcher(YEAR_RANGE.matcher(title).replaceAll(" "));
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static String titlePeriod(String title, Integer year) {
        if (title == null || year == null) {
            return null;
        }
        String p = period(title, year);
        if (p != null && p.equals(Integer.toString(year)) && year.equals(titleYear(title))) {
            // a monthly report: "THÁNG 1 NĂM 2006", "THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007" (the month, not the two)
            Matcher m = TITLE_MONTH.matcher(title);
            if (m.find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
                return String.format("%d-%02d", year, Integer.parseInt(m.group(1)));
            }
        }
        return p == null || p.equals(Integer.toString(year)) ? null : p;
    }

    /** A month a title names: "tháng 02", not a span of months ("2 tháng đầu năm") nor a day's date. */
    private static final Pattern TITLE_MONTH = Pattern.compile(
            "(?iu)(?<!\\d\\s|\\d|ngày\\s\\d{1,2}\\s)tháng\\s+(\\d{1,2})(?!\\s*(?:tháng|[/.]\\d))\\b");

    /** A year written anywhere, in a date or a code too ("15/3/2005", "407/2011/QĐ-UBND"). */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    /** The year a text names most often (at least twice), or null. */
    private static Integer mostNamedYear(String text) {
        Map<Integer, Integer> years = new HashMap<>();
        Matcher m = ANY_YEAR.matcher(text);
        while (m.find()) {
            years.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return years.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    static Integer year(String text, String issued) {
        if (issued != null) {
            return LocalDate.parse(issued).getYear();
        }
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

    /** The first passages of the header and headings: a period is stated there, not in a table's rows. */
    private static String headerOnly(List<Passage> passages, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, passages.size()); i++) {
            if (passages.get(i).kind() != Passage.Kind.TABLE_ROW) {
                sb.append(passages.get(i).text()).append('\n');
            }
        }
        return sb.toString();
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
