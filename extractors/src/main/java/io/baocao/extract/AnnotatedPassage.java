package io.baocao.extract;

import io.baocao.extract.grammar.DocumentNumber;
import io.baocao.extract.grammar.Span;
import io.baocao.extract.grammar.VietnameseDate;
import io.baocao.extract.grammar.VietnameseNumber;
import io.baocao.extract.quantity.QuantityReading;
import io.baocao.extract.text.Passage;
import java.util.List;

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
    private List<QuantityReading.Read> quantities;

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
    public List<QuantityReading.Read> quantities() {
        if (quantities == null) {
            quantities = QuantityReading.of(this);
        }
        return quantities;
    }

    /** A passage of test text (see {@link Passage#of}). */
    public static AnnotatedPassage of(String text) {
        return new AnnotatedPassage(Passage.of(text));
    }
}
