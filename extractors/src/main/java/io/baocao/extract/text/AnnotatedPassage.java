package io.baocao.extract.text;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.Span;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.grammar.VietnameseNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A passage with what the grammars find in it, each found once and shared by every extractor that reads
 * it (as OpenNLP's annotators leave spans for the next): where numbers, dates and document numbers are
 * written, and the quantities read from them with the indicator each measures. Each annotation is found
 * the first time an extractor asks for it, so a passage no extractor reads for quantities (a header, a
 * table row) costs nothing; a passage belongs to one thread.
 */
public final class AnnotatedPassage {
    private final Passage passage;
    private List<Span> numbers;
    private List<Span> dates;
    private List<DocumentNumber.Found> documentNumbers;
    /** Readings of other packages (the quantity reading), computed once each, by their key. */
    private final Map<Object, Object> readings = new HashMap<>();

    public AnnotatedPassage(Passage passage) {
        this.passage = passage;
    }

    public Passage passage() {
        return passage;
    }

    public String text() {
        return passage.text();
    }

    /** Where numbers are written ({@code 1.601,17}, {@code 07}, the digits of a date or a code among them). */
    public List<Span> numbers() {
        if (numbers == null) {
            numbers = VietnameseNumber.findAll(passage.text());
        }
        return numbers;
    }

    /** Where dates are written ({@code ngày 08 tháng 12 năm 2023}, {@code 08/12/2023}). */
    public List<Span> dates() {
        if (dates == null) {
            dates = VietnameseDate.written(passage.text());
        }
        return dates;
    }

    /** The số ký hiệu written in the passage ({@code 42/NQ-HĐND}), in order. */
    public List<DocumentNumber.Found> documentNumbers() {
        if (documentNumbers == null) {
            documentNumbers = DocumentNumber.findAll(passage.text());
        }
        return documentNumbers;
    }

    /** The quantities of the passage, in order, with the indicator each measures (none in a header or a row). */
    /**
     * A reading of this passage that a package above this one computes (the quantity reading that both
     * figures and percentages read): computed the first time it is asked for, then shared. Keeping the
     * reading's type out of here keeps the annotation below the extractors that use it.
     */
    @SuppressWarnings("unchecked")
    public <T> T reading(Object key, Function<AnnotatedPassage, T> read) {
        Object r = readings.get(key);
        if (r == null) {
            r = read.apply(this);
            readings.put(key, r);
        }
        return (T) r;
    }

    /** A passage of test text (see {@link Passage#of}). */
    public static AnnotatedPassage of(String text) {
        return new AnnotatedPassage(Passage.of(text));
    }
}
