package io.baocao.pipeline.read.ocr;

import io.baocao.pipeline.read.TextLine;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns Tesseract's hOCR into the lines a PDF's text layer would give: page, text, x, baseline y, width,
 * and a font size estimated from Tesseract's line size ({@code x_size}: ascender to descender, which is
 * about the em of the font), all in PDF points. Words far apart on one line (the two columns of a
 * document header, {@code Số: 79/TB-VPCP … Hà Nội, ngày …}) become separate lines, as a text layer has
 * them; rules drawn as dashes and lines of noise (stamps, signatures) are left out.
 */
final class HocrLines {
    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size ([\\d.]+)");
    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+)");
    /** A rule printed under a header or a signature: dashes, underscores, dots only. */
    private static final Pattern RULE = Pattern.compile("[-_.‒–—―=~…·•]{3,}");
    /**
     * The em of the font per height of the line's letters above the baseline (tall letters and marks): on
     * page 4 of the corpus report, body text reaches 29 px above its baseline at 200 dpi and footnotes 20 px,
     * set in 14 and 10 pt. Tesseract's own line size ({@code x_size}) is not used: a superscript footnote
     * number makes it a third larger, and its descender estimate varies from line to line.
     */
    static final float EM_PER_ASCENT = 1.37f;
    /**
     * Words further apart than this many ems are in different columns: justified prose never spreads its
     * words that far, and {@code Số: 79/TB-VPCP} is 7 em from {@code Hà Nội, ngày …} beside it.
     */
    static final float COLUMN_GAP = 2.5f;
    /**
     * Between words in capitals a smaller gap already parts columns: the header's {@code VĂN PHÒNG CHÍNH
     * PHỦ | CỘNG HOÀ XÃ HỘI …} is one line to Tesseract with a gap of 0.86 em, while justified prose
     * spreads its words at most 0.55 em (the corpus report and the scans of the real-world set).
     */
    static final float CAPITALS_COLUMN_GAP = 0.7f;
    /** A word whose bottom is this many line sizes above the baseline is a superscript. */
    static final float SUPERSCRIPT_RISE = 0.2f;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    /** A word with a footnote anchor glued to its end, before closing punctuation: {@code phố”20.}. */
    private static final Pattern GLUED_ANCHOR = Pattern.compile("(.*\\p{L}[”\"')]?)(\\d{1,3})([.,;:]?)");
    /**
     * A line whose every word Tesseract is less sure of than this is noise (a stamp, a signature, a photo);
     * so is a word this unsure that is not a Vietnamese syllable: on the scanned table of the Bắc Giang
     * report such words are rulings and specks ({@code l}, {@code Ƒ_}, {@code tfa}, {@code c0}) and zeros
     * read at 27-39% (no figure to report on that evidence); page 4 of the corpus scan has no word under 40.
     */
    static final int NOISE_CONFIDENCE = 40;

    private HocrLines() {
    }

    private record Word(String text, int x0, int y0, int x1, int y1, int confidence) {
    }

    /**
     * @param pointsPerPixel 72 / the resolution the page was rendered at
     */
    static List<TextLine> read(InputStream hocr, int page, float pointsPerPixel, float pageWidth, float pageHeight)
            throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<TextLine> out = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(hocr, "UTF-8");
            int[] lineBox = null;
            float baselineOffset = Float.NaN;
            float lineSize = 0;
            List<Word> words = new ArrayList<>();
            int wordDepth = -1;
            int depth = 0;
            StringBuilder wordText = new StringBuilder();
            int[] wordBox = null;
            int wordConfidence = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String cls = r.getAttributeValue(null, "class");
                    String title = r.getAttributeValue(null, "title");
                    if (cls == null || title == null) {
                        continue;
                    }
                    if (isLine(cls)) {
                        if (lineBox != null) {
                            emit(out, words, lineBox, baselineOffset, lineSize, page, pointsPerPixel, pageWidth,
                                    pageHeight);
                        }
                        lineBox = box(title);
                        Matcher b = BASELINE.matcher(title);
                        baselineOffset = b.find() ? Float.parseFloat(b.group(2)) : Float.NaN;
                        Matcher s = X_SIZE.matcher(title);
                        lineSize = s.find() ? Float.parseFloat(s.group(1)) : 0;
                        words.clear();
                    } else if (cls.equals("ocrx_word")) {
                        wordDepth = depth;
                        wordText.setLength(0);
                        wordBox = box(title);
                        Matcher c = CONFIDENCE.matcher(title);
                        wordConfidence = c.find() ? Integer.parseInt(c.group(1)) : 100;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && wordDepth > 0) {
                    wordText.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == wordDepth) {
                        String t = wordText.toString().strip();
                        if (!t.isEmpty() && wordBox != null) {
                            words.add(new Word(t, wordBox[0], wordBox[1], wordBox[2], wordBox[3], wordConfidence));
                        }
                        wordDepth = -1;
                    }
                    depth--;
                }
            }
            if (lineBox != null) {
                emit(out, words, lineBox, baselineOffset, lineSize, page, pointsPerPixel, pageWidth, pageHeight);
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException("Tesseract's hOCR output cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean isLine(String cls) {
        return cls.equals("ocr_line") || cls.equals("ocr_header") || cls.equals("ocr_caption")
                || cls.equals("ocr_textfloat");
    }

    private static int[] box(String title) {
        Matcher m = BBOX.matcher(title);
        if (!m.find()) {
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    private static boolean columnBreak(Word before, Word after, float size) {
        int gap = after.x0 - before.x1;
        return gap > COLUMN_GAP * size || gap > CAPITALS_COLUMN_GAP * size && capitals(before.text) && capitals(after.text);
    }

    /** Whether the word, without the punctuation around it, is a Vietnamese syllable. */
    private static boolean isSyllable(String w) {
        String letters = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return !letters.isEmpty() && VietnameseSyllables.isSyllable(letters);
    }

    private static boolean capitals(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static void emit(List<TextLine> out, List<Word> words, int[] lineBox, float baselineOffset, float lineSize,
                             int page, float scale, float pageWidth, float pageHeight) {
        List<Word> kept = new ArrayList<>();
        boolean sure = false;
        for (Word w : words) {
            if (RULE.matcher(w.text).matches() || w.confidence < NOISE_CONFIDENCE && !isSyllable(w.text)) {
                // a rule drawn under the header; a speck, a stroke of a signature or a table's ruling read as
                // "l", "Ƒ_", "mm", "c0" (a number this unsure is no figure to report either)
                continue;
            }
            kept.add(w);
            sure |= w.confidence >= NOISE_CONFIDENCE;
        }
        if (kept.isEmpty() || !sure) {
            return;
        }
        float xSize = lineSize > 0 ? lineSize : lineBox[3] - lineBox[1];
        // hOCR's baseline is "slope offset", the offset from the bottom of the line's box
        float baseline = Float.isNaN(baselineOffset) ? lineBox[3] - xSize * 0.2f : lineBox[3] + baselineOffset;
        float ascent = ascent(kept, baseline, xSize);
        // the line's height in pixels, about its em: columns and superscripts are measured against it
        float size = Float.isNaN(ascent) ? xSize : ascent * EM_PER_ASCENT;
        int start = 0;
        for (int i = 1; i <= kept.size(); i++) {
            if (i == kept.size() || columnBreak(kept.get(i - 1), kept.get(i), size)) {
                segment(out, kept.subList(start, i), baseline, size, ascent, page, scale, pageWidth, pageHeight);
                start = i;
            }
        }
    }

    /**
     * How far above the baseline the line's letters reach: the upper quartile over its words with letters,
     * since most Vietnamese words have a tall letter or a mark above (digits are lower, and so are words
     * like {@code so}, {@code ra}); superscript footnote numbers, which sit above the baseline and make
     * Tesseract's own line size a third too large, are left out, and an anchor glued to one word does not
     * move a quartile. NaN without such words.
     */
    private static float ascent(List<Word> words, float baseline, float xSize) {
        List<Float> heights = new ArrayList<>();
        for (Word w : words) {
            if (!raisedAlone(w, baseline, xSize) && hasLetter(w.text)) {
                heights.add(baseline - w.y0);
            }
        }
        if (heights.isEmpty()) {
            return Float.NaN;
        }
        heights.sort(null);
        return heights.get((heights.size() - 1) * 3 / 4);
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A word printed wholly above the baseline: a superscript (a footnote number or anchor). */
    private static boolean raisedAlone(Word w, float baseline, float size) {
        return w.y1 < baseline - SUPERSCRIPT_RISE * size;
    }

    private static void segment(List<TextLine> out, List<Word> words, float baseline, float size, float ascent, int page,
                                float scale, float pageWidth, float pageHeight) {
        StringBuilder text = new StringBuilder();
        List<Integer> anchors = new ArrayList<>();
        int footnote = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String t = w.text;
            if (DIGITS.matcher(t).matches() && raisedAlone(w, baseline, size)) {
                // a footnote's own number opens its line; elsewhere a raised number is an anchor to one
                if (i == 0) {
                    footnote = number(t);
                } else {
                    anchors.add(number(t));
                }
                continue;
            }
            Matcher glued = GLUED_ANCHOR.matcher(t);
            if (!Float.isNaN(ascent) && baseline - w.y0 > ascent + SUPERSCRIPT_RISE * size && glued.matches()
                    && !(glued.group(1).endsWith("m") && (glued.group(2).equals("2") || glued.group(2).equals("3")))) {
                // an anchor printed against its word ("thành phố”20."): the word reaches above the line's letters
                anchors.add(number(glued.group(2)));
                t = glued.group(1) + glued.group(3);
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(t);
        }
        if (text.isEmpty()) {
            return;
        }
        Word first = words.get(0);
        Word last = words.get(words.size() - 1);
        float fontSize = Math.round(size * scale * 2) / 2f;
        out.add(new TextLine(page, Normalizer.normalize(text, Normalizer.Form.NFC), first.x0 * scale, baseline * scale,
                (last.x1 - first.x0) * scale, fontSize, fontSize, false, anchors, footnote, false, null, pageWidth,
                pageHeight));
    }

    private static int number(String digits) {
        String d = digits.replaceAll("\\D", "");
        return d.isEmpty() ? 0 : Integer.parseInt(d.length() > 4 ? d.substring(0, 4) : d);
    }
}
