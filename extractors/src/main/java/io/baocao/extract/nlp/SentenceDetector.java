package io.baocao.extract.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;

/**
 * OpenNLP's sentence detector, with its abbreviation check done on the token that ends at the candidate
 * full stop. OpenNLP's own check (2.5.6) looks only at the first place each abbreviation occurs after the
 * sentence start, and fails with an index error when that place is the text's first character ({@code TT.
 * HĐND thành phố;} as a whole paragraph). Not thread-safe, like the detector it extends.
 */
final class SentenceDetector extends SentenceDetectorME {
    private final Set<String> abbreviations = new HashSet<>();

    SentenceDetector(SentenceModel model) {
        super(model);
        Dictionary d = model.getAbbreviations();
        if (d != null) {
            for (StringList entry : d) {
                abbreviations.add(entry.getToken(0).toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * No break after an abbreviation of the list: the token ending at the candidate, opening marks left out,
     * in any case ({@code TP.}, {@code Tp.}), as OpenNLP reads the dictionary.
     */
    @Override
    protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
        int start = candidateIndex;
        while (start > fromIndex && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        while (start < candidateIndex && "(\"“'‘[".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return !abbreviations.contains(s.subSequence(start, candidateIndex + 1).toString().toLowerCase(Locale.ROOT));
    }
}
