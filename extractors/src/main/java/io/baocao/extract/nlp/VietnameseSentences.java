package io.baocao.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The sentence detector baocao ships ({@code vi-sentences.bin}, trained by {@link SentenceModelTrainer}):
 * the model is read once, on first use, and shared; each thread has its own detector (OpenNLP's is not
 * thread-safe). Splits a paragraph the way {@link io.baocao.extract.text.Sentences#spans} does: start and
 * end offsets of each sentence within the text.
 */
public final class VietnameseSentences {
    private static final ThreadLocal<SentenceDetector> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetector(Shipped.MODEL));

    private VietnameseSentences() {
    }

    /** The shipped model, read when first asked for (the holder class is initialised once, thread-safely). */
    private static final class Shipped {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            try (InputStream in = VietnameseSentences.class.getResourceAsStream(SentenceModelTrainer.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(SentenceModelTrainer.RESOURCE + " is not in the jar: run bin/baocao train");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sentence model " + SentenceModelTrainer.RESOURCE, e);
            }
        }
    }

    /** Each sentence's start and end offsets in the text, in order; a text without a break is one sentence. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Span s : DETECTOR.get().sentPosDetect(text)) {
            out.add(new int[] {s.getStart(), s.getEnd()});
        }
        return out;
    }

    /** The sentences of the text, stripped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (int[] s : spans(text)) {
            String sentence = text.substring(s[0], s[1]).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }
}
