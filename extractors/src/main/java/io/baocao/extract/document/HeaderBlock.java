package io.baocao.extract.document;

import io.baocao.extract.grammar.KindLines;
import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.text.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an administrative document as Nghị định 30/2020/NĐ-CP, Phụ lục I lays it out, read from
 * the first passages of a logical document:
 * <pre>
 *   PARENT BODY                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   (Party: ĐẢNG CỘNG SẢN VIỆT NAM)
 *   ISSUING BODY                   Độc lập - Tự do - Hạnh phúc
 *   Số: 12/BC-UBND                 Place, ngày 05 tháng 3 năm 2021
 *   V/v … (a letter: công văn)
 *                          KIND LINE (BÁO CÁO, QUYẾT ĐỊNH, …)
 *                          title lines
 * </pre>
 * The two columns may come as separate lines or run together on one line (a reader that joins a row's
 * words, a Word layout table): each field is found by its own grammar wherever it stands in those
 * passages, and the motto is taken out, so no field holds text of the other column or of the next line.
 * A field that cannot be read stays null.
 */
final class HeaderBlock {
    /**
     * {@code Số: 12/BC-UBND}, {@code Số 298 /TTr}, {@code Số:    /BNV-CCHC} (a blank to fill), {@code Số : 01/2006/TT},
     * and the word as OCR reads it: its marks wrong or its ô as a 6 ("Sô:", "S6:", "Số;"), then a colon-like mark.
     */
    private static final Pattern NUMBER_FIELD = Pattern.compile(
            "(?u)(?<![\\p{L}\\d])(?:Số\\s*(?::|(?=\\s*\\d))|S[ốôồổỗộóòỏõọo6]\\s*[:;]|SỐ\\s*:)\\s*");
    private static final Pattern BLANK_NUMBER = Pattern.compile("(?u)^[\\s.…_]*/\\s*([\\p{Lu}Đ][\\p{Lu}Đ\\d-]*)?");
    /** "Quảng Ngãi, ngày …"; the place may keep its level ("Thành phố Hồ Chí Minh, ngày …", "TP. Hồ Chí Minh, ngày …"). */
    static final Pattern PLACE_DATE = Pattern.compile(
            "(?u)(?:^|\\s)((?:TP\\.\\s*|Thành phố\\s+|Thị xã\\s+|Thị trấn\\s+)?"
            + "[\\p{Lu}Đ][\\p{Ll}\\p{M}]*(?:\\s+[\\p{Lu}Đ][\\p{Ll}\\p{M}]*){0,3})\\s*,\\s*ngày\\b(.*)$");
    /** A day left blank to be filled on signing: {@code ngày   tháng 7 năm 2020}, {@code ngày … tháng … năm …}. */
    private static final Pattern BLANK_DAY = Pattern.compile("(?iu)ngày[\\s.…_/]*tháng\\b");
    /**
     * The national motto and the Party's name, read with any marks on their vowels: OCR gets the letters of
     * these lines right more often than their marks ("CỘNG HOÀ XÃ HỌI CHỦ NGHĨA", "CHÚ NGHĨA").
     */
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)" + anyMarks("CONG HOA XA HOI CHU NGHIA VIET NAM")
            + "|" + anyMarks("Doc lap") + "\\s*[-–—]\\s*" + anyMarks("Tu do") + "\\s*[-–—]\\s*" + anyMarks("Hanh phuc")
            + "|" + anyMarks("DANG CONG SAN VIET NAM"));

    /** A pattern for words written without marks that matches them with any marks (and đ for d), spaces as runs. */
    private static String anyMarks(String plain) {
        StringBuilder out = new StringBuilder();
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'a' -> out.append("[aàáảãạăằắẳẵặâầấẩẫậ]");
                case 'e' -> out.append("[eèéẻẽẹêềếểễệ]");
                case 'i' -> out.append("[iìíỉĩị]");
                case 'o' -> out.append("[oòóỏõọôồốổỗộơờớởỡợ]");
                case 'u' -> out.append("[uùúủũụưừứửữự]");
                case 'y' -> out.append("[yỳýỷỹỵ]");
                case 'd' -> out.append("[dđ]");
                case ' ' -> out.append("\\s+");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
    private static final Pattern RULES = Pattern.compile("[_¯‾=*~]{2,}|[-–—]{3,}");
    /** "tháng5", "07năm": a date typed without its spaces. */
    private static final Pattern GLUED = Pattern.compile("(?iu)(?<=tháng)(?=\\d)|(?<=\\d)(?=năm\\b)");
    /** Where the body starts on a heading line that runs on ("… NĂM 2007 1. Tình hình chung:"). */
    private static final Pattern RUN_ON_BODY = Pattern.compile("(?u)\\s(?:[IVX]+|\\d{1,2})\\.\\s+\\p{Lu}.*$");
    /** The body an excerpt was taken from: "Trích Báo cáo của Bộ Kế hoạch và Đầu tư trình Chính phủ …". */
    private static final Pattern EXCERPT_OF = Pattern.compile(
            "(?u)\\bcủa\\s+((?:Bộ|Sở|Ủy ban|UBND|Tổng cục|Cục|Vụ|Văn phòng|Ban|Chính phủ|Thủ tướng)\\b.*?)(?=\\s+(?:trình|tại|gửi|về)\\b|[,;(]|$)");
    private static final Pattern ATTACHED_LINE = Pattern.compile("(?iu)\\(\\s*(?:Ban hành\\s+)?kèm theo\\b");
    /** A list's column of what each row is: "Tên nhiệm vụ", "Tên dự án". */
    private static final Pattern NAME_COLUMN = Pattern.compile("(?iu)^Tên\\s+(\\p{L}[\\p{L}\\s]{1,40})$");
    /** "Kèm theo Báo cáo số …", "kèm theo Nghị định số …": attached to a numbered document of a kind. */
    private static final Pattern ATTACHED_TO_NUMBERED = Pattern.compile("(?iu)kèm theo\\s+(?:\\p{L}+\\s+){1,3}số\\b");
    /** The parent's number in a "Kèm theo … số" line left blank ("số: …/BC-UBND", "số   /VPUBND"). */
    private static final Pattern ATTACHED_BLANK_NUMBER = Pattern.compile("(?iu)\\bsố\\s*:?\\s*[.…_\\s]*/");
    /** The organ that passed a resolution, printed in capitals under its kind line: "CỦA BAN THƯỜNG VỤ TỈNH ỦY". */
    private static final Pattern ISSUING_ORGAN = Pattern.compile("(?u)^CỦA\\s+[\\p{Lu}Đ\\s,-]+$");
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?u)(?<![\\p{L}])V/v\\b");
    /** The words that open a document's body: the header is over once one is read. */
    private static final Pattern BODY_OPENING = Pattern.compile(
            "(?u)^(?:Kính\\s+gửi|Căn\\s+cứ|Thực\\s+hiện|Xét\\s|Theo\\s|Ngày\\s+\\d|Điều\\s+1\\b|Chương\\s+I\\b|Phần\\s+I\\b|I\\.\\s|1\\.\\s)");
    /** An excerpt printed without a header: "Trích Báo cáo của Bộ … trình Chính phủ …". */
    private static final Pattern EXCERPT = Pattern.compile("(?u)^Trích\\s+(Báo cáo|Nghị quyết|Kết luận|Thông báo|Quyết định)\\b");
    private static final Pattern ATTACHED_TAIL = Pattern.compile("(?iu)\\(?\\s*(?:Ban hành\\s+)?Kèm theo\\b.*$");

    String number;
    boolean blankNumber;
    /** The code printed after a number left blank ({@code Số:    /TB-UBND} → TB-UBND): it still names the issuer. */
    String blankNumberCode;
    String place;
    String issued;
    boolean blankDay;
    String kind;
    Integer kindPage;
    String title;
    Boolean draft;
    /** The "(Kèm theo Công văn số …/… ngày … của …)" line of an attached document, as printed. */
    String attachedTo;
    /** The body an excerpt names as its source. */
    String excerptOf;
    /** The left column's lines above the number: parent body, then the issuing body. */
    final List<String> issuerLines = new ArrayList<>();

    private HeaderBlock() {
    }

    static HeaderBlock read(List<Passage> passages) {
        HeaderBlock h = new HeaderBlock();
        int limit = Math.min(passages.size(), 30);
        int kindAt = -1;
        int titleLines = 0;
        StringBuilder titleText = new StringBuilder();
        String subject = null;
        boolean draftMark = false;
        boolean titleClosed = false;
        boolean attachedFirst = false;
        for (int i = 0; i < limit; i++) {
            Passage p = passages.get(i);
            String t = GLUED.matcher(RULES.matcher(p.text()).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) {
                continue;
            }
            if (i > 0 && BODY_OPENING.matcher(t).find() && p.kind() != Passage.Kind.HEADING) {
                break;
            }
            boolean field = false;
            Matcher own = NUMBER_FIELD.matcher(t);
            int numberAt = -1;
            if (h.number == null && !h.blankNumber && own.find() && (own.start() < 3 || p.kind() != Passage.Kind.SENTENCE
                    || t.length() < 300)) {
                String after = t.substring(own.end());
                numberAt = own.start();
                String before = MOTTO.matcher(t.substring(0, numberAt)).replaceAll(" ").replaceAll("\\s+", " ").strip();
                if (isIssuerLine(before)) {
                    // the issuer column laid out in one cell with the number (a Word layout table): the body
                    // printed right over the number is the issuer, whatever a page header above says
                    h.issuerLines.clear();
                    h.issuerLines.add(before);
                }
                // read from the field's word on: some forms are known by it (Số 125 - BC/HU)
                String fromField = t.substring(numberAt, Math.min(t.length(), own.end() + 60));
                int fieldWord = own.end() - numberAt;
                List<DocumentNumber.Found> f = DocumentNumber.findAll(fromField);
                if (!f.isEmpty() && f.get(0).start() >= fieldWord - 1 && f.get(0).start() < fieldWord + 3) {
                    h.number = f.get(0).canonical();
                } else {
                    Matcher blank = BLANK_NUMBER.matcher(after);
                    if (blank.find()) {
                        h.blankNumber = true;
                        h.blankNumberCode = blank.group(1);
                    }
                }
                field = true;
            }
            Matcher pd = PLACE_DATE.matcher(t);
            if (h.place == null && pd.find() && (pd.start(1) < 3 || field || p.kind() != Passage.Kind.SENTENCE)) {
                h.place = pd.group(1).strip();
                Optional<VietnameseDate.Found> date = VietnameseDate.findNear(t, pd.start(1), Math.min(t.length(), pd.end(1) + 40));
                if (date.isPresent() && !BLANK_DAY.matcher(t.substring(pd.end(1))).lookingAt()) {
                    h.issued = date.get().iso();
                } else if (BLANK_DAY.matcher(t).find()) {
                    h.blankDay = true;
                }
                field = true;
            }
            Matcher vv = SUBJECT_LINE.matcher(t);
            if (subject == null && kindAt < 0 && vv.find()) {
                int end = t.length();
                Matcher later = PLACE_DATE.matcher(t);
                if (later.find(vv.end()) ) {
                    end = later.start(1);
                }
                String lastLine = t.substring(vv.start(), end).strip();
                subject = lastLine.replaceAll("[.;]+$", "");
                // the subject line may run on over the next lines of the left column
                for (int j = i + 1; j < limit && j <= i + 4; j++) {
                    Passage next = passages.get(j);
                    String n = next.text().strip();
                    // a line read as a sentence still runs the subject on when it opens in lower case (OCR, a
                    // reader that knows no header): "V/v xây dựng kế hoạch phát triển / kinh tế - xã hội năm 2024"
                    boolean runsOn = !n.isEmpty() && Character.isLowerCase(n.codePointAt(0)) && n.length() < 100
                            && !lastLine.matches("(?s).*[.;:]\\s*$");
                    if ((next.kind() == Passage.Kind.SENTENCE || next.kind() == Passage.Kind.LIST_ITEM) && !runsOn
                            || BODY_OPENING.matcher(n).find() || PLACE_DATE.matcher(n).find() || MOTTO.matcher(n).find()
                            || n.length() > 120 || n.isEmpty()) {
                        break;
                    }
                    subject = subject + " " + n.replaceAll("[.;]+$", "");
                    lastLine = n;
                }
                field = true;
            }
            Matcher attached = ATTACHED_LINE.matcher(t);
            if (attached.find() && h.attachedTo == null) {
                h.attachedTo = t.substring(attached.start());
                attachedFirst = i <= 2 && kindAt < 0;
            }
            if (field) {
                continue;
            }
            // a header laid out in a table: the motto's cell taken out leaves its cell mark (… HÀ NỘI |)
            String unmotto = MOTTO.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").replaceAll("^[|\\s]+|[|\\s]+$", "");
            if (h.kind == null && kindAt < 0) {
                Optional<KindLines.KindLine> k = KindLines.kindLine(unmotto);
                Matcher excerpt = EXCERPT.matcher(unmotto);
                if (k.isPresent() && p.kind() != Passage.Kind.TABLE_ROW) {
                    h.kind = k.get().kind().name();
                    draftMark |= k.get().draft();
                    kindAt = i;
                    if (p.page() != null) {
                        h.kindPage = p.page();
                    }
                    String rest = RUN_ON_BODY.matcher(ATTACHED_TAIL.matcher(k.get().rest()).replaceFirst("")).replaceFirst("").strip();
                    if (!rest.isEmpty()) {
                        titleText.append(rest);
                    }
                    continue;
                } else if (excerpt.find() && i < 6) {
                    // an excerpt: the capitals above it are its title, not an issuer
                    h.kind = excerpt.group(1);
                    kindAt = i;
                    if (!h.issuerLines.isEmpty()) {
                        titleText.append(String.join(" ", h.issuerLines));
                        h.issuerLines.clear();
                    }
                    Matcher of = EXCERPT_OF.matcher(unmotto);
                    if (of.find()) {
                        h.excerptOf = of.group(1).strip();
                    }
                    continue;
                }
                if (h.number == null && !h.blankNumber && h.place == null && !unmotto.isEmpty() && isIssuerLine(unmotto)) {
                    h.issuerLines.addAll(OrganisationName.bodies(unmotto));
                }
                continue;
            }
            boolean endsTitle = titleClosed || titleLines > 0 && capitalsAfterWords(titleText, t);
            boolean firstTitleLine = titleLines == 0 && titleText.length() == 0;
            if (kindAt >= 0 && i == kindAt + 1 + titleLines && titleText.length() < 400 && !endsTitle
                    && (isTitleLine(p, t) || firstTitleLine && isSentenceTitle(p, t)
                    || titleLines > 0 && ATTACHED_LINE.matcher(t).find() && !ATTACHED_LINE.matcher(t).lookingAt())) {
                // the "(Ban hành) kèm theo …" line is printed under the title: the title ends there
                titleClosed = ATTACHED_TAIL.matcher(t).find();
                String line = RUN_ON_BODY.matcher(ATTACHED_TAIL.matcher(t).replaceFirst("")).replaceFirst("").strip();
                if (line.matches("(?iu)^\\(?\\s*(?:DỰ THẢO|Dự thảo)\\s*\\)?$")) {
                    draftMark = true;
                    line = "";
                } else if (titleText.length() == 0 && ISSUING_ORGAN.matcher(line).matches()) {
                    // a Party resolution's "NGHỊ QUYẾT / CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH / về …": the organ, not the title
                    line = "";
                }
                if (!line.isEmpty()) {
                    if (titleText.length() > 0) {
                        titleText.append(' ');
                    }
                    titleText.append(line.replaceAll("^\\(|\\)$", ""));
                }
                titleLines++;
            }
        }
        if (h.kind == null && subject != null) {
            // a letter (công văn) prints no kind line: its "V/v …" subject line stands for it
            h.kind = "Công văn";
        }
        if (titleText.length() > 0) {
            h.title = titleText.toString().strip();
        } else if (subject != null) {
            h.title = subject;
        }
        if (h.kind == null && attachedFirst && h.number == null && ATTACHED_TO_NUMBERED.matcher(h.attachedTo).find()) {
            // a table headed only by "(Kèm theo Báo cáo số: …/BC-UBND, ngày … của UBND xã …)": an appendix of that report
            h.kind = "Phụ lục";
        }
        if (h.kind == null && !passages.isEmpty() && passages.get(0).kind() == Passage.Kind.TABLE_ROW
                && h.number == null && h.place == null) {
            // a bare table with no header at all: a list (an export of a tracking system, a register), titled by
            // what its rows name ("Tên nhiệm vụ" → Danh sách nhiệm vụ)
            h.kind = "Danh sách";
            Passage.TableRow row = passages.get(0).row();
            for (String column : row == null || row.headers() == null ? List.<String>of() : row.headers()) {
                Matcher named = NAME_COLUMN.matcher(column == null ? "" : column.strip());
                if (h.title == null && named.matches()) {
                    h.title = "Danh sách " + named.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        if (h.attachedTo != null && h.number == null && !h.blankNumber && ATTACHED_BLANK_NUMBER.matcher(h.attachedTo).find()) {
            // attached to a document whose number is still a blank to fill: a draft as its parent is
            draftMark = true;
        }
        // a number left blank (or not printed) with its day blank too: an unsigned draft; a signed letter
        // whose day was not typed is not one
        if (draftMark || h.number == null && h.blankDay || h.blankNumber && h.issued == null && h.place == null) {
            h.draft = Boolean.TRUE;
        } else if (h.number != null || h.issued != null || h.blankNumber) {
            h.draft = Boolean.FALSE;
        }
        return h;
    }

    /**
     * Whether {@code line}, in capitals, follows a title written in words: it is not more of that title but
     * the next block of the layout (a decision's enacting body, ỦY BAN NHÂN DÂN TỈNH, printed under its title).
     */
    private static boolean capitalsAfterWords(CharSequence title, String line) {
        String letters = line.replaceAll("[^\\p{L}]", "");
        String before = title.toString().replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !before.equals(before.toUpperCase(Locale.ROOT));
    }

    /**
     * A title printed in words right under its kind line, read as a sentence (an OCR'd page knows no headings):
     * one short line that ends without a full stop and opens on a capital, not the body's first words.
     */
    private static boolean isSentenceTitle(Passage p, String t) {
        return p.kind() == Passage.Kind.SENTENCE && t.length() >= 15 && t.length() <= 300
                && Character.isUpperCase(t.codePointAt(0)) && !t.matches("(?s).*[.:;]\\s*$")
                && !BODY_OPENING.matcher(t).find() && !PLACE_DATE.matcher(t).find();
    }

    /** A line of the issuer column: capitals (a body's name), not a kind line or a date. */
    private static boolean isIssuerLine(String t) {
        if (t.length() > 120 || t.length() < 3) {
            return false;
        }
        String letters = t.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static boolean isTitleLine(Passage p, String t) {
        if (t.length() > 400 || t.startsWith("Căn cứ") || t.matches("(?iu)^(Kính gửi|Năm \\d{4}|Ghi chú|Số\\s*:).*")
                || p.kind() == Passage.Kind.TABLE_ROW || MOTTO.matcher(t).find()) {
            return false;
        }
        if (t.startsWith("Thực hiện") && p.kind() != Passage.Kind.HEADING) {
            return false;
        }
        String title = ATTACHED_TAIL.matcher(t).replaceFirst("").strip();
        if (title.length() > 10 && title.equals(title.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return p.kind() == Passage.Kind.HEADING || p.kind() == Passage.Kind.HEADER
                || t.equals(t.toUpperCase(Locale.ROOT)) && t.length() > 10
                || !t.startsWith("(Kèm theo") && t.startsWith("Về ") || t.startsWith("V/v");
    }

    /**
     * The issuing body the header names: its last line of the issuer column, with its parent put before
     * it when it names a unit that is one only within its parent ({@code UBND TỈNH BÌNH ĐỊNH / VĂN PHÒNG}
     * → {@code Văn phòng UBND tỉnh Bình Định}); null when the header shows no issuer column.
     */
    /**
     * Every line of the issuer column as a name, parent body first (VĂN PHÒNG UBND TỈNH BÌNH ĐỊNH / TRUNG TÂM
     * …): the place a body belongs to is often named only by its parent.
     */
    String issuerColumn() {
        if (issuerLines.isEmpty()) {
            return issuer();
        }
        return String.join(" ", issuerLines.stream().map(OrganisationName::of).toList());
    }

    String issuer() {
        if (excerptOf != null) {
            return excerptOf;
        }
        if (issuerLines.isEmpty()) {
            return null;
        }
        String body = issuerLines.get(issuerLines.size() - 1);
        String above = issuerLines.size() >= 2 ? issuerLines.get(issuerLines.size() - 2) : null;
        if (above != null && body.matches("(?u)^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\s+\\S.*")
                && !above.matches("(?u).*\\b(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\b.*")
                || issuerLines.size() >= 3 && !OrganisationName.opensOnBody(body) && OrganisationName.opensOnBody(above)) {
            // a body's name printed over two lines of the issuer column: ỦY BAN NHÂN DÂN / TỈNH BÌNH DƯƠNG; or, under
            // its parent, a long name: BỘ CÔNG AN / CỤC CẢNH SÁT ĐIỀU TRA / TỘI PHẠM VỀ MA TÚY
            return OrganisationName.of(above + " " + body);
        }
        if (issuerLines.size() >= 2 && body.matches("(?u)^(?:VĂN PHÒNG|THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH)$")) {
            return OrganisationName.of(body) + " " + OrganisationName.of(above);
        }
        return OrganisationName.of(body);
    }
}
