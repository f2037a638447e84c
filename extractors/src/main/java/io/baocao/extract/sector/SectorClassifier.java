package io.baocao.extract.sector;

/**
 * Gives a passage its sector id, from its text and the heading path above it. {@link #shipped()} is the one
 * baocao uses: the model where it beat the rule leave one file out ({@code baocao eval --models}), else the rule.
 */
public interface SectorClassifier {
    /**
     * What the leave-one-file-out comparison decided ({@code baocao eval --models}, train/sectors/README.md):
     * true when the model's macro-F1 beat the rule's. It did not (model 0.662, rule 0.713), so the rule gives
     * passages their sector and the model ships unused until better data makes it win.
     */
    boolean MODEL_WON = false;

    /** The id of the sector of a passage with this heading path ({@code section}, may be null) and text. */
    String sectorOf(String section, String text);

    /** The classifier baocao uses, loaded once. */
    static SectorClassifier shipped() {
        return MODEL_WON ? SectorModel.shipped() : Shipped.RULE;
    }

    /** The rule, built once. */
    final class Shipped {
        static final SectorRule RULE = new SectorRule();

        private Shipped() {
        }
    }
}
