package io.baocao.extract.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Agencies and places in a passage of text, by the name finder baocao ships
 * ({@code io/baocao/extract/nlp/vi-names.bin}, trained by {@code baocao train} from {@code train/names/}).
 * The model is read once; {@link NameFinderME} keeps state while it decodes, so each thread has its own.
 */
public final class AgencyPlaceFinder {
    public static final String RESOURCE = "/io/baocao/extract/nlp/vi-names.bin";

    /** A name found: its type ({@code agency}, {@code place}), its text, and where it is in the passage. */
    public record Name(String type, String text, int start, int end) {
    }

    private static volatile TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder = ThreadLocal.withInitial(() -> new NameFinderME(model()));

    public List<Name> find(String text) {
        String nfc = NameTokens.nfc(text);
        Span[] tokenSpans = NameTokens.spans(nfc);
        String[] tokens = Span.spansToStrings(tokenSpans, nfc);
        List<Name> out = new ArrayList<>();
        for (Span s : finder.get().find(tokens)) {
            int start = tokenSpans[s.getStart()].getStart();
            int end = tokenSpans[s.getEnd() - 1].getEnd();
            out.add(new Name(s.getType(), nfc.substring(start, end), start, end));
        }
        return out;
    }

    static TokenNameFinderModel model() {
        TokenNameFinderModel m = model;
        if (m == null) {
            synchronized (AgencyPlaceFinder.class) {
                if (model == null) {
                    try (InputStream in = AgencyPlaceFinder.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the name finder model is not in the jar: " + RESOURCE
                                    + " (run bin/baocao train)");
                        }
                        model = new TokenNameFinderModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
                    }
                }
                m = model;
            }
        }
        return m;
    }
}
