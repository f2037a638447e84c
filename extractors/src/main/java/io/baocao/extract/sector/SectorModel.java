package io.baocao.extract.sector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The sector model baocao ships ({@code vi-sectors.bin}, trained by {@code baocao train} from
 * {@code train/sectors/}): OpenNLP's document categorizer over the words and word pairs of a passage and
 * of its nearest heading ({@link SectorFeatures}). Loaded once; one categorisation per passage.
 */
public final class SectorModel implements SectorClassifier {
    /** Where the jar holds the model. */
    public static final String RESOURCE = "/io/baocao/extract/nlp/vi-sectors.bin";

    private final DoccatModel model;
    /** A categorizer per thread: they share the model, which is read-only once loaded. */
    private final ThreadLocal<DocumentCategorizerME> categorizers;

    public SectorModel(DoccatModel model) {
        this.model = model;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The model the jar ships, loaded on first use. */
    public static SectorModel shipped() {
        return Holder.SHIPPED;
    }

    public static SectorModel read(InputStream in) throws IOException {
        return new SectorModel(new DoccatModel(in));
    }

    @Override
    public String sectorOf(String section, String text) {
        return categorize(SectorFeatures.features(section, text));
    }

    /** The sector id of a passage's features. */
    public String categorize(String[] features) {
        DocumentCategorizerME c = categorizers.get();
        return c.getBestCategory(c.categorize(features));
    }

    public DoccatModel model() {
        return model;
    }

    private static final class Holder {
        static final SectorModel SHIPPED = load();

        private static SectorModel load() {
            try (InputStream in = SectorModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path: run bin/baocao train");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sector model " + RESOURCE, e);
            }
        }
    }
}
