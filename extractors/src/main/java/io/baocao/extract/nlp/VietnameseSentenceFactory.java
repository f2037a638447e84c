package io.baocao.extract.nlp;

import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory with the shapes of the words around a candidate full stop as
 * features. OpenNLP's own features are the words themselves ({@code x=155 s=774}): with a few thousand
 * examples most numbers are seen once and dropped by the cutoff, so nothing tells the model that a full
 * stop followed by digits ({@code 155.774 ha}) is a thousands separator, or that {@code 1.} opening a
 * paragraph is its list label. The shapes ({@code 9}, {@code X}, {@code x}, {@code X.X}) generalise. Public
 * with a no-argument constructor: the model names this class in its manifest and OpenNLP makes it again
 * when the model is loaded.
 */
public class VietnameseSentenceFactory extends SentenceDetectorFactory {

    public VietnameseSentenceFactory() {
    }

    public VietnameseSentenceFactory(String languageCode, Dictionary abbreviations, char[] endOfSentence) {
        super(languageCode, true, abbreviations, endOfSentence);
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
        Dictionary d = getAbbreviationDictionary();
        Set<String> abbreviations = d == null ? Collections.emptySet() : d.asStringSet();
        return new ShapeContext(abbreviations, getEOSCharacters());
    }

    /** The default context, and the shape of the word before, the rest of the token after, and the next word. */
    static final class ShapeContext extends DefaultSDContextGenerator {
        ShapeContext(Set<String> abbreviations, char[] endOfSentence) {
            super(abbreviations, endOfSentence);
        }

        @Override
        protected void collectFeatures(String prefix, String suffix, String previous, String next, Character eosChar) {
            super.collectFeatures(prefix, suffix, previous, next, eosChar);
            String x = shape(prefix);
            String s = shape(suffix);
            collectFeats.add("xs=" + x);
            collectFeats.add("ss=" + s);
            collectFeats.add("ns=" + shape(next));
            collectFeats.add("vs=" + shape(previous));
            collectFeats.add("xs,ss=" + x + "," + s);
            collectFeats.add("xs,ns=" + x + "," + shape(next));
            collectFeats.add("vs,xs=" + shape(previous) + "," + x);
            if (LABEL.matcher(prefix).matches() && (previous.isEmpty() || LABEL_WORD.matcher(previous).matches())) {
                collectFeats.add("label");
            }
        }

        /** What numbers a list item, an article or a section: {@code 1}, {@code 12}, {@code (2)}, {@code a}, {@code IV}. */
        private static final Pattern LABEL = Pattern.compile("\\(?\\d{1,2}\\)?|[a-zđ]|[IVXL]{1,5}");
        /** The words a label follows: {@code Điều 3.}, {@code Khoản 2.}, {@code Mục II.}, {@code Chương I.}, {@code Phần 1.} */
        private static final Pattern LABEL_WORD = Pattern.compile("Điều|Khoản|Mục|Chương|Phần|[-+•]");

        /**
         * A word's shape: each run of upper-case letters {@code X}, lower-case {@code x}, digits {@code 9},
         * other characters as they are; empty is {@code _}. {@code 1.508} → {@code 9.9}, {@code TP} → {@code X},
         * {@code Đẩy} → {@code Xx}, {@code 45/2022/QH15} → {@code 9/9/X9}.
         */
        static String shape(String word) {
            if (word.isEmpty()) {
                return "_";
            }
            StringBuilder sb = new StringBuilder();
            char last = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                char k = Character.isDigit(c) ? '9' : Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : c;
                if (k != last || !(k == '9' || k == 'X' || k == 'x')) {
                    sb.append(k);
                }
                last = k;
            }
            return sb.length() > 8 ? sb.substring(0, 8) : sb.toString();
        }
    }
}
