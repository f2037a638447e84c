package io.baocao.extract.reference;

import io.baocao.extract.Extractor;
import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.model.ReferenceRecord;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cited documents: {@code [Kind] [số] NUMBER [ngày DATE] [của ISSUER] [về SUBJECT]}, with the kind
 * word before the number (or implied by its code), and documents cited by name without a number
 * ({@code Luật Đất đai}, {@code Nghị quyết của Hội đồng nhân dân thành phố về …}).
 */
public final class ReferenceExtractor implements Extractor {
    /** Kind words as written before a number, longest first. */
    private static final String KINDS = "Chương trình hành động|Báo cáo thẩm định|Báo cáo thẩm tra|Nghị quyết liên tịch|"
            + "Thông tư liên tịch|Nghị quyết|Quyết định|Kế hoạch|Chương trình|Công văn|Văn bản|Đề án|Nghị định|Thông tư|"
            + "Chỉ thị|Kết luận|Báo cáo|Tờ trình|Công điện|Thông báo|Phiếu báo|Hướng dẫn|Quy định|Luật|Pháp lệnh|Thông tri";
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
    private static final Pattern NAMED_LAW = Pattern.compile(
            "(?u)(?<![\\p{L}])(Bộ luật|Luật|Hiến pháp)((?:\\s+(?:sửa đổi, bổ sung một số điều của Luật\\s+)?"
            + "[\\p{Lu}Đ][\\p{L}]*(?:,?\\s+(?!(?:năm|ngày|số|của|về|và|để|được|đã|trong|tại|theo|nhằm|khi|thì|là|có|với|"
            + "cho|trên|các|này|đó)\\b)[\\p{Ll}đ][\\p{L}]*){0,8}))?");
    private static final Pattern NAMED_DOCUMENT = Pattern.compile(
            "(?u)(?<![\\p{L}])(Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Kết luận|Đề án|Chương trình|Nghị định|Thông tư)\\s+"
            + "(?!số\\b|\\d)((?:của|do)\\s+[^;.]{3,80}?\\s+(?:về|quy định)\\s+[^;.()]{5,}?(?=[;.()]|,\\s|$)"
            + "|Trung ương\\s+\\d+[^;,.()]{0,20}|Đại hội[^;,.()]{3,80}|“[^”]{3,120}”)");
    private static final Pattern YEAR_AFTER = Pattern.compile("(?u)^\\s*năm\\s+(\\d{4})");

    @Override
    public List<ReferenceRecord> extract(Passage passage) {
        String text = passage.text();
        List<ReferenceRecord> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<DocumentNumber.Found> codes = DocumentNumber.findAll(text);
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
            int end = f.end();
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
            if (su.find() && su.start(1) < 40) {
                r.subject = clip(su.group(1).strip(), 30);
            }
            if (r.issuer == null) {
                r.issuer = DocumentNumber.issuerOf(f).orElse(null);
            }
            r.raw = text.substring(rawStart, end).strip();
            out.add(r);
            spans.add(new int[] {rawStart, end});
            previousEnd = f.end();
        }
        unnumbered(passage, text, spans, out);
        return out;
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
        if (!head.matches("(?s)\\s*(?:-\\s*)?[Nn]gày\\s.*") || head.length() > 140) {
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
            r.kind = law.group(1).equals("Hiến pháp") ? "Hiến pháp" : "Luật";
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
        Matcher doc = NAMED_DOCUMENT.matcher(text);
        while (doc.find()) {
            if (overlaps(spans, doc.start(), doc.end())) {
                continue;
            }
            ReferenceRecord r = new ReferenceRecord().from(passage);
            r.kind = doc.group(1);
            String tail = doc.group(2).strip();
            Matcher is = ISSUER.matcher(tail);
            if (is.find()) {
                r.issuer = is.group(1).strip();
            }
            int ve = tail.indexOf(" về ");
            r.subject = ve >= 0 ? clip(tail.substring(ve + 4).strip(), 30) : tail;
            r.raw = text.substring(doc.start(), doc.end()).strip();
            out.add(r);
            spans.add(new int[] {doc.start(), doc.end()});
        }
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
        for (String kind : KINDS.split("\\|")) {
            if (kind.toLowerCase().equals(lower)) {
                if (kind.startsWith("Báo cáo")) {
                    return "Báo cáo";
                }
                if (kind.equals("Chương trình hành động")) {
                    return "Chương trình";
                }
                return kind;
            }
        }
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static String clip(String s, int words) {
        String[] w = s.split("\\s+");
        return w.length <= words ? s : String.join(" ", java.util.Arrays.copyOf(w, words));
    }
}
