package io.baocao.extract.reference;

import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.Extractor;
import io.baocao.extract.grammar.DocumentKinds;
import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.model.ReferenceRecord;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cited documents: {@code [Kind] [số] NUMBER [ngày DATE] [của ISSUER] [về SUBJECT]}, with the kind
 * word before the number (or implied by its code), and documents cited by name without a number
 * ({@code Luật Đất đai}, {@code Nghị quyết của Hội đồng nhân dân thành phố về …}).
 */
public final class ReferenceExtractor implements Extractor {
    /** Kind words as written before a number, longest first. */
    private static final String KINDS = DocumentKinds.alternation("cited");
    private static final java.util.Map<String, String> KIND_BY_CODE = DocumentKinds.byCode();
    /** Kinds a report cites by a bare number once the document is known (role "bare-number" of the kinds list). */
    private static final String SHORT_KINDS = DocumentKinds.alternation("bare-number");
    /** A kind written as its code before "số" ({@code QĐ số 1194 …}, {@code NQ số 05 …}). */
    private static final Pattern CODE_BEFORE_SO = Pattern.compile("(?<![\\p{L}])(" + DocumentKinds.codeAlternation()
            + ")\\s*số\\s*$");
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?iu)(" + KINDS + ")(?:\\s+(?:của|do)\\s+[^;:.]{1,80}?)?[\\s:]*(?:số|sô)?[\\s:]*$");
    private static final Pattern SO_BEFORE = Pattern.compile("(?iu)(?:^|[\\s,;:(])(?:số|và|,)\\s*$");
    private static final Pattern LIST_HEAD = Pattern.compile("(?iu)(" + KINDS + ")(?:\\s+(?:của|do)\\s+[^;.]{1,80}?)?\\s*:?\\s*(?:số\\s*)?[^;.]{0,200}$");
    private static final Pattern ISSUER = Pattern.compile(
            "^\\s*,?\\s*(?:của|do)\\s+((?:(?!\\s(?:về|ngày|số|tại|thì|đã|được|để|và\\s+(?:" + KINDS + "))\\b)[^,;:.()“\"])+)",
            Pattern.UNICODE_CASE);
    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s*,?\\s*(?:về việc|về|V/v|phê duyệt|quy định|ban hành|hướng dẫn)\\s+([^;()“”]+?)(?=[;()]|\\.(?:\\s|$)|,\\s*(?:"
            + KINDS + ")|$)", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /**
     * Words that end a law's name when written in lower case: its date, year or number ({@code năm}, {@code ngày},
     * {@code số}), the clause's prepositions and verbs, and the words that make {@code Luật} something else
     * ({@code Luật sư} a lawyer, {@code Luật định} "by law").
     */
    private static final String LAW_NAME_STOP = "(?:năm|ngày|số|của|về|và|để|được|đã|trong|tại|theo|nhằm|khi|thì|là|có|"
            + "với|cho|trên|các|này|đó|sư|định|pháp|hóa|hoá|quy|gửi|trình|hiện|mới|đang|sẽ|phải|cần|gồm|như|do|bị|từ|đến|ở|nêu|vừa|hoặc|hay)(?![\\p{L}])";
    /** Capitalised words that start the next citation rather than continue a name: "…, Luật Xử lý …". */
    private static final String LAW_NAME_BREAK = "(?:Luật|Bộ|Nghị|Quyết|Thông|Pháp|Hiến|Chỉ|Căn|Điều|Khoản|Chương|Mục|Theo|Tại|Về)(?![\\p{L}])";
    /**
     * A law, code, ordinance or the constitution named without a number: {@code Luật Tổ chức Chính phủ},
     * {@code Luật Tổ chức HĐND và UBND}, {@code Luật Phí và lệ phí}, {@code Luật Phòng, chống ma túy},
     * {@code Luật doanh nghiệp} (lower case as many reports write it), {@code Pháp lệnh Bưu chính viễn thông}.
     * The name goes on over lower-case words (a comma may come before one: "phòng, chống"), capitalised words
     * and abbreviations (no comma before them: after a comma a capital starts the next citation), and
     * {@code và} before an abbreviation or a capitalised word; {@code và} before a lower-case word joins only a
     * one-word name ("Phí và lệ phí"): after a longer name it lists the next law ("Luật phòng chống tham nhũng
     * và thực hành tiết kiệm …"). It ends at a date, a year, a number, a preposition or a verb.
     */
    private static final Pattern NAMED_LAW = Pattern.compile(
            "(?u)(?<![\\p{L}])(Bộ luật|Luật|Hiến pháp|Pháp lệnh)((?:\\s+sửa đổi, bổ sung[^;.]*?(?=\\s+ngày\\s|[;.]|$))|"
            + "(?:\\s+[\\p{Lu}Đ][\\p{L}]*" + lawName("|\\s+(?!" + LAW_NAME_BREAK + ")[\\p{Lu}Đ][\\p{L}&]*") + ")|"
            + "(?:\\s+(?!" + LAW_NAME_STOP + ")[\\p{Ll}đ][\\p{L}]*" + lawName("|\\s+[\\p{Lu}Đ]{2,}(?![\\p{L}])") + "))?");

    /**
     * The rest of a law's name after its first word: {@code capitals} is what a capital may start (a name
     * written with capitals, "Tổ chức Chính phủ", may hold any capitalised word; one written in lower case,
     * "giáo dục đại học", only abbreviations: a capital after it starts something else, "… gửi Ủy ban …").
     */
    private static String lawName(String capitals) {
        return "(?:\\s+và\\s+(?!" + LAW_NAME_STOP + ")[\\p{Ll}đ][\\p{L}]*)?"
                + "(?:,?\\s+(?!" + LAW_NAME_STOP + ")[\\p{Ll}đ][\\p{L}]*" + capitals
                + "|\\s+và\\s+(?!" + LAW_NAME_BREAK + ")[\\p{Lu}Đ][\\p{L}&]*){0,10}";
    }
    /** A capitalised kind word naming one document without a number: {@code Đề án Nhà ở xã hội}. */
    private static final Pattern NAMED_KIND = Pattern.compile(
            "(?u)(?<![\\p{L}])(" + DocumentKinds.alternation("named")
            + "|đề án(?=\\s+(?!Thủ|Bộ|Sở|Ủy|UBND|HĐND)[\\p{Lu}Đ][\\p{Ll}])"
            + "|(?:quyết định|nghị quyết|đề án|kế hoạch)(?=\\s+của\\s+[^;.]{2,60}?\\s+về\\s))(?![\\p{L}])");
    /** After a kind word, these make it generic ("Kế hoạch này", "Nghị quyết đã đề ra") or another word ("Kế hoạch hóa gia đình": family planning), not a name. */
    private static final Set<String> NOT_A_NAME = Set.of("này", "đó", "đã", "được", "trên", "đề", "cụ", "số", "theo",
            "tại", "và", "cho", "với", "để", "trong", "nêu", "là", "có", "mới", "chung", "sẽ", "đang", "thì", "còn",
            "năm", "đối", "nhằm", "phải", "cần", "gồm", "như", "thay", "sửa", "ban", "kèm", "nói", "trước",
            "sau", "hiện", "cũ", "đúng", "đầy", "đi", "vào", "ra", "lên", "giao", "các", "vốn", "đầu", "báo",
            "hóa", "hoá");
    /**
     * National programmes named like documents but not documents themselves (gold/README.md): they are
     * funded programmes ({@code Chương trình mục tiêu quốc gia …}, {@code Kế hoạch mục tiêu giảm nghèo …}) and
     * curricula, not a text one can cite.
     */
    private static final List<String> PROGRAMMES = List.of("mục tiêu", "giáo dục phổ thông",
            "giáo dục mầm non", "phục hồi và phát triển kinh tế", "phát triển kinh tế - xã hội", "sử dụng đất", "sản xuất",
            "hành động");
    /** "Trên đây là Kế hoạch …", "Kế hoạch này": the document speaking of itself. */
    private static final Pattern SELF = Pattern.compile("(?iu)trên đây là\\s*$");
    /** Organisations whose names contain a kind word: "Hội đồng thẩm định Kế hoạch …". */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("(?iu)(?:hội đồng thẩm định|ban chỉ đạo|tổ công tác)\\s*$");
    private static final String KIND_AHEAD = "(?:các\\s+)?(?:" + DocumentKinds.alternation("listed") + ")(?![\\p{L}])";
    /** Kind words that, right before another (or a comma before it), make it part of a name or of a list. */
    private static final String KIND_BEFORE_KIND = DocumentKinds.alternation("before");
    /** Where a "về …" subject ends: its clause, or the next cited document. */
    private static final Pattern SUBJECT_END = Pattern.compile(
            "(?u)[;:()]|\\.(?:\\s|$)|\\s(?:và|,)\\s*(?=" + KIND_AHEAD + ")|,\\s+(?=" + KIND_AHEAD + ")");
    /** Where a document's name ends: a clause mark, a bracket that is not a year, the next cited kind, a verb. */
    private static final Pattern NAME_END = Pattern.compile(
            "(?u)[;:)]|\\((?!\\s*\\d)|\\.(?:\\s|$)|,\\s+(?=" + KIND_AHEAD + ")|\\stại\\s(?=" + KIND_AHEAD + "|Công văn|Tờ trình|văn bản)|\\s(?:theo(?! hướng)|đã|được|đang|nhằm|để|"
            + "ngay)\\s|\\s(?:và|,)\\s*(?=" + KIND_AHEAD + ")");

    private static final Pattern YEAR_AFTER = Pattern.compile("(?u)^\\s*năm\\s+(\\d{4})");

    @Override
    public List<ReferenceRecord> extract(AnnotatedPassage annotated) {
        Passage passage = annotated.passage();
        if (passage.row() != null) {
            return List.of();
        }
        String text = passage.text();
        List<ReferenceRecord> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<DocumentNumber.Found> codes = annotated.documentNumbers();
        String listKind = null;
        int previousEnd = -1;
        for (DocumentNumber.Found f : codes) {
            if (isOwnNumber(text, f)) {
                continue;
            }
            String before = text.substring(Math.max(0, f.start() - 120), f.start());
            Matcher k = KIND_BEFORE.matcher(before);
            String kind = null;
            int rawStart = f.start();
            if (k.find()) {
                kind = canonicalKind(k.group(1));
                rawStart = f.start() - (before.length() - k.start());
                listKind = kind;
            } else if (CODE_BEFORE_SO.matcher(before).find()) {
                // "QĐ số 1194 …": the kind abbreviated by its code right before "số"
                Matcher c = CODE_BEFORE_SO.matcher(before);
                c.find();
                kind = KIND_BY_CODE.get(c.group(1));
            } else if (listKind != null && previousEnd >= 0 && SO_BEFORE.matcher(before).find()
                    && !text.substring(previousEnd, f.start()).contains(";")) {
                kind = listKind;
            } else {
                Matcher head = LIST_HEAD.matcher(before);
                if (head.find() && SO_BEFORE.matcher(before).find()) {
                    kind = canonicalKind(head.group(1));
                } else {
                    kind = DocumentNumber.kindOf(f).orElse(null);
                }
            }
            if (kind != null && kind.equals("Văn bản")) {
                kind = "Công văn";
            }
            ReferenceRecord r = new ReferenceRecord().from(passage);
            r.kind = kind;
            r.number = f.canonical();
            int subjectEnd = complete(r, passage, rawStart, f.end(), f);
            out.add(r);
            // documents named inside the cited title are part of it, not citations of their own
            spans.add(new int[] {rawStart, subjectEnd});
            previousEnd = f.end();
        }
        shortNumbers(passage, text, spans, out);
        unnumbered(passage, text, spans, out);
        return out;
    }

    /**
     * Date, issuer, subject and raw text of a citation whose kind and number are read; returns where its title
     * ends. {@code f} is its số ký hiệu when it has one (its code may name the issuer).
     */
    private static int complete(ReferenceRecord r, Passage passage, int rawStart, int numberEnd, DocumentNumber.Found f) {
        String text = passage.text();
        r.page = passage.clausePageAt(rawStart);
        int end = numberEnd;
        Optional<VietnameseDate.Found> date = VietnameseDate.findNear(text, end, 8);
        if (date.isPresent() && TextFold.fold(text.substring(end, date.get().start())).matches("\\s*,?\\s*(ngay)?\\s*")) {
            r.issued = date.get().iso();
            end = date.get().end();
        } else {
            Optional<VietnameseDate.Found> leading = sentenceInitialDate(text, rawStart);
            if (leading.isPresent()) {
                r.issued = leading.get().iso();
            }
        }
        String rest = text.substring(end);
        Matcher is = ISSUER.matcher(rest);
        if (is.find()) {
            r.issuer = is.group(1).strip();
            end += is.end();
            rest = text.substring(end);
        }
        Matcher su = SUBJECT.matcher(rest);
        int subjectEnd = end;
        if (su.find() && su.start(1) < 40) {
            r.subject = clip(su.group(1).strip(), 30);
            subjectEnd = end + su.end(1);
        }
        if (r.issuer == null) {
            r.issuer = enactedBy(text, rawStart).orElseGet(() -> f == null ? null : DocumentNumber.issuerOf(f).orElse(null));
        }
        r.raw = text.substring(rawStart, end).strip();
        return subjectEnd;
    }

    /**
     * A document cited by its bare number, as reports shorten a số ký hiệu once the document is known:
     * {@code Nghị quyết 09 và Chỉ thị 19 của Thủ tướng}, {@code Nghị quyết số 163 của Quốc hội}, {@code Nghị quyết
     * 30a}, {@code theo QĐ932}. The kind is written in full and capitalised, or as its code glued to the number (only the
     * codes no other word shares: QĐ, NQ, NĐ); a
     * year is no number ({@code Kế hoạch 2024}) unless {@code số} says it is.
     */
    private static final Pattern SHORT_NUMBER = Pattern.compile("(?u)(?<![\\p{L}])(?:(" + SHORT_KINDS
            + ")\\s+(số\\s+)?|(QĐ|NQ|NĐ))(\\d{1,4}[a-z]?)(?![\\p{L}\\d/.,%-]|[.,]\\d)");

    private static void shortNumbers(Passage passage, String text, List<int[]> spans, List<ReferenceRecord> out) {
        Matcher m = SHORT_NUMBER.matcher(text);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            String number = m.group(4);
            if (m.group(2) == null && number.matches("(19|20)\\d{2}")) {
                continue;
            }
            if (m.group(1) == null && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            if (UNIT_AFTER.matcher(text.substring(m.end())).lookingAt()) {
                continue;
            }
            ReferenceRecord r = new ReferenceRecord().from(passage);
            r.kind = m.group(1) != null ? canonicalKind(m.group(1)) : KIND_BY_CODE.get(m.group(3));
            if (r.kind == null) {
                continue;
            }
            r.number = number;
            int subjectEnd = complete(r, passage, m.start(), m.end(), null);
            out.add(r);
            spans.add(new int[] {m.start(), subjectEnd});
        }
    }

    /** A count after the number makes it a quantity of documents ("Quyết định 12 bản"), not a citation. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?u)\\s+(?:bản|văn bản|lần|năm|tháng|ngày|người|đơn vị|trường hợp|hồ sơ)(?![\\p{L}])");

    /** "UBND thành phố ban hành Kế hoạch số …": the body that enacted it, when no "của …" says so. */
    private static final Pattern ENACTED_BY = Pattern.compile(
            "(?u)((?:UBND|HĐND|Ủy ban|Hội đồng|Thủ tướng|Chính phủ|Quốc hội|Bộ|Sở|Thành ủy|Ban|Văn phòng)[^,;:.()]{0,50}?)"
            + "\\s+(?:đã\\s+)?(?:ban hành|phê duyệt|có)\\s*$");

    private static Optional<String> enactedBy(String text, int rawStart) {
        String before = text.substring(Math.max(0, rawStart - 80), rawStart);
        Matcher m = ENACTED_BY.matcher(before);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** {@code Số: 22 /KH-UBND} heads the document itself: that is its number, not a citation. */
    private static boolean isOwnNumber(String text, DocumentNumber.Found f) {
        String before = text.substring(Math.max(0, f.start() - 8), f.start());
        return before.matches("(?s).*(?:^|\\s)(Số|SỐ|số)\\s*:\\s*$") && f.start() < 12;
    }

    /** {@code Ngày 09/9/2024, Ủy ban … ban hành Quyết định số 2003/QĐ UBND}: the date opens the sentence. */
    private static Optional<VietnameseDate.Found> sentenceInitialDate(String text, int rawStart) {
        int sentenceStart = Math.max(text.lastIndexOf(". ", rawStart), text.lastIndexOf("; ", rawStart));
        int from = sentenceStart < 0 ? 0 : sentenceStart + 2;
        String head = text.substring(from, rawStart);
        if (!head.matches("(?s)\\s*(?:[-+•]\\s*)?[Nn]gày\\s.*") || head.length() > 140) {
            return Optional.empty();
        }
        return VietnameseDate.findNear(text, from, 25);
    }

    private void unnumbered(Passage passage, String text, List<int[]> spans, List<ReferenceRecord> out) {
        Matcher law = NAMED_LAW.matcher(text);
        while (law.find()) {
            if (overlaps(spans, law.start(), law.end())) {
                continue;
            }
            String name = law.group(2) == null ? "" : law.group(2).strip();
            if (name.isEmpty() && !law.group(1).equals("Hiến pháp")) {
                continue;
            }
            int end = law.end();
            Matcher y = YEAR_AFTER.matcher(text.substring(end));
            if (y.find()) {
                end += y.end();
            }
            ReferenceRecord r = new ReferenceRecord().from(passage);
            r.kind = law.group(1).equals("Hiến pháp") || law.group(1).equals("Pháp lệnh") ? law.group(1) : "Luật";
            r.page = passage.clausePageAt(law.start());
            r.subject = (law.group(1) + " " + name).strip();
            Optional<VietnameseDate.Found> date = VietnameseDate.findNear(text, end, 3);
            if (date.isPresent()) {
                r.issued = date.get().iso();
                end = date.get().end();
            }
            r.raw = text.substring(law.start(), end).strip();
            out.add(r);
            spans.add(new int[] {law.start(), end});
        }
        Matcher kind = NAMED_KIND.matcher(text);
        while (kind.find()) {
            if (overlaps(spans, kind.start(), kind.end())) {
                continue;
            }
            named(passage, text, kind, spans).ifPresent(out::add);
        }
    }

    /**
     * A document cited by kind and name: {@code Nghị quyết của HĐND thành phố về …}, {@code Đề án “…”},
     * {@code Đề án 06}, {@code Chương trình phát triển tài sản trí tuệ …}. Plurals ("các Nghị quyết"), a list
     * of issuers sharing one subject, and a kind word followed by a function word are generic, not citations.
     */
    private Optional<ReferenceRecord> named(Passage passage, String text, Matcher kind, List<int[]> spans) {
        String before = text.substring(Math.max(0, kind.start() - 30), kind.start());
        if (ORGANISATION_BEFORE.matcher(before).find()) {
            return Optional.empty();
        }
        if (before.matches("(?s).*(?:\\d|các|những|mọi|Các|Những)\\s*$") || before.matches("(?isu).*(?:" + KIND_BEFORE_KIND
                + "),\\s*$") || SELF.matcher(before).find()
                || before.matches("(?s).*(?:" + KIND_BEFORE_KIND + ")\\s*$")) {
            // a plural, the document itself ("Trên đây là Kế hoạch …"), or a name that begins with a kind word
            return Optional.empty();
        }
        int at = kind.end();
        String rest = text.substring(at);
        String first = rest.strip().split("[\\s,;.:()]+", 2)[0];
        String subject;
        String issuer = null;
        int end;
        if (rest.startsWith(" của ") || rest.startsWith(" do ")) {
            Matcher m = Pattern.compile("(?u)^\\s+(?:của|do)\\s+([^;.]{2,80}?)\\s+(về|quy định|ban hành|phê duyệt)\\s+").matcher(rest);
            if (m.find() && !m.group(1).contains(",") && !m.group(1).matches("(?s).*\\s(?:và|với)\\s.*")) {
                issuer = m.group(1).strip();
                int s = m.end();
                end = subjectEnd(rest, s);
                subject = (m.group(2).equals("về") ? "" : m.group(2) + " ") + rest.substring(s, end).strip();
            } else {
                Optional<int[]> shared = sharedSubject(rest);
                if (shared.isEmpty()) {
                    return Optional.empty();
                }
                issuer = rest.substring(shared.get()[0], shared.get()[1]).strip();
                end = subjectEnd(rest, shared.get()[2]);
                subject = rest.substring(shared.get()[2], end).strip();
                // the record's evidence is this item, not the whole list
                end = shared.get()[1];
            }
        } else if (rest.startsWith(" về ")) {
            end = subjectEnd(rest, 4);
            subject = rest.substring(4, end).strip();
        } else if (rest.startsWith(" “")) {
            int close = rest.indexOf('”');
            if (close < 0 || kind.group(1).equals("Chương trình")) {
                return Optional.empty();
            }
            end = close + 1;
            subject = rest.substring(1, end).strip();
        } else if (first.matches("\\d{1,3}") && !rest.strip().matches("(?s)\\d{1,3}\\s*[/.,-]\\d.*")) {
            // "Đề án 06" is a label; "Đề án 1 triệu héc-ta …" a name; "Chương trình 120.000 tỷ đồng" a credit line
            int after = rest.indexOf(first) + first.length();
            String tail = rest.substring(after);
            if (tail.matches("(?s)\\s+(?:tỷ|triệu|nghìn|ngàn)\\b.*") && kind.group(1).equals("Chương trình")) {
                return Optional.empty();
            }
            end = tail.matches("(?s)\\s+\\p{Ll}.*") ? nameEnd(rest, 0) : after;
            subject = kind.group(1) + " " + rest.substring(0, end).strip();
        } else if (rest.startsWith(" thành “")) {
            return Optional.empty();
        } else if (before.endsWith("“") && rest.indexOf('”') > 0) {
            end = rest.indexOf('”');
            subject = rest.substring(0, end).strip();
        } else {
            String opening = rest.strip().toLowerCase(java.util.Locale.ROOT);
            if (first.isEmpty() || NOT_A_NAME.contains(first.toLowerCase(java.util.Locale.ROOT)) && !opening.startsWith("cho vay")
                    || opening.startsWith("chi tiết")
                    || !Character.isLetter(first.charAt(0)) || first.equals("số")) {
                return Optional.empty();
            }
            end = nameEnd(rest, 0);
            subject = rest.substring(0, end).strip();
            if (subject.split("\\s+").length < 3 && !Character.isUpperCase(first.charAt(0))) {
                return Optional.empty();
            }
        }
        if (subject.isBlank()) {
            return Optional.empty();
        }
        String folded = subject.toLowerCase(java.util.Locale.ROOT);
        if (issuer == null && !rest.startsWith(" về ")) {
            for (String programme : PROGRAMMES) {
                if (folded.equals(programme) || !programme.equals("hành động") && folded.startsWith(programme)) {
                    return Optional.empty();
                }
            }
        }
        if (folded.contains("các cấp")) {
            return Optional.empty();
        }
        ReferenceRecord r = new ReferenceRecord().from(passage);
        r.kind = canonicalKind(kind.group(1));
        r.page = passage.clausePageAt(kind.start());
        r.issuer = issuer;
        r.subject = clip(subject, 30);
        r.raw = text.substring(kind.start(), at + end).strip();
        return Optional.of(r);
    }

    /** The body of one item of {@code Kind của A, Kind của B về …}: up to the comma that opens the next item. */
    private static final Pattern OWN_BODY = Pattern.compile("(?u)^\\s+(?:của|do)\\s+([^,;.]{2,60}?)\\s*(?:,|\\svà)\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?iu)(?:các\\s+)?(?:" + KINDS + ")(?:\\s+(?:của|do)\\s+[^,;.]{2,60})?");
    private static final Pattern ABOUT = Pattern.compile("(?u)\\s(về)\\s|[;]|\\.(?:\\s|$)");

    /**
     * {@code Nghị quyết của HĐND thành phố, Kế hoạch của UBND thành phố về phát triển kinh tế - xã hội năm 2024}
     * cites two documents that share one subject. When every further item of the list is a document of its own
     * (a kind word, with or without its body), this item is a citation with that subject; a list of bodies
     * ({@code của Sở A, Sở B về …}) is not. Returns {body start, body end, subject start} within {@code rest}.
     */
    private static Optional<int[]> sharedSubject(String rest) {
        Matcher own = OWN_BODY.matcher(rest);
        if (!own.find()) {
            return Optional.empty();
        }
        Matcher about = ABOUT.matcher(rest);
        if (!about.find(own.end()) || about.group(1) == null) {
            return Optional.empty();
        }
        String[] items = rest.substring(own.end(), about.start()).strip().split(",\\s*|\\s+và\\s+");
        for (String item : items) {
            if (!LIST_ITEM.matcher(item.strip()).matches()) {
                return Optional.empty();
            }
        }
        if (!items[items.length - 1].matches("(?su).*\\s(?:của|do)\\s.*")) {
            return Optional.empty();
        }
        return Optional.of(new int[] {own.start(1), own.end(1), about.end()});
    }

    /** A "về …" subject runs to the end of its clause, over commas. */
    private static int subjectEnd(String rest, int from) {
        Matcher e = SUBJECT_END.matcher(rest);
        int end = e.find(from) ? e.start() : rest.length();
        return Math.min(end, nameEnd(rest, from, Integer.MAX_VALUE));
    }

    private static int nameEnd(String rest, int from) {
        return nameEnd(rest, from, 0);
    }

    private static int nameEnd(String rest, int from, int ignoredMarks) {
        if (ignoredMarks == Integer.MAX_VALUE) {
            return wordLimit(rest, from, rest.length());
        }
        Matcher e = NAME_END.matcher(rest);
        int end = e.find(from) ? e.start() : rest.length();
        return wordLimit(rest, from, end);
    }

    private static int wordLimit(String rest, int from, int end) {
        String[] words = rest.substring(from, end).strip().split("\\s+");
        if (words.length > 30) {
            int count = 0;
            int i = from;
            while (i < end && count < 30) {
                i = rest.indexOf(' ', i + 1);
                if (i < 0) {
                    i = end;
                    break;
                }
                count++;
            }
            end = Math.min(end, i);
        }
        return end;
    }

    private static boolean overlaps(List<int[]> spans, int s, int e) {
        for (int[] sp : spans) {
            if (s < sp[1] && e > sp[0]) {
                return true;
            }
        }
        return false;
    }

    private static String canonicalKind(String written) {
        String k = written.strip();
        String lower = k.toLowerCase();
        for (DocumentKinds.Kind kind : DocumentKinds.withRole("cited")) {
            if (kind.written().toLowerCase().equals(lower)) {
                return kind.name();
            }
        }
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static String clip(String s, int words) {
        String[] w = s.split("\\s+");
        return w.length <= words ? s : String.join(" ", java.util.Arrays.copyOf(w, words));
    }
}
