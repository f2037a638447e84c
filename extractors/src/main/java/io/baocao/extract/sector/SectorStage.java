package io.baocao.extract.sector;

import io.baocao.extract.model.Record;
import io.baocao.extract.text.Passage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction stage that gives passages and records their sector: a passage is classified once (its
 * heading path and text), and every record read from it carries the passage's sector; a table record, read
 * from no passage, is classified from its own evidence (a row's text under its table's heading), each
 * distinct row once.
 */
public final class SectorStage {
    private final SectorClassifier classifier;

    public SectorStage(SectorClassifier classifier) {
        this.classifier = classifier;
    }

    /** The stage with the classifier baocao uses ({@link SectorClassifier#shipped()}). */
    public static SectorStage shipped() {
        return new SectorStage(SectorClassifier.shipped());
    }

    /** The passage with its sector (classified once: a passage that has one keeps it). */
    public Passage classify(Passage p) {
        return p.sector() != null ? p : p.withSector(classifier.sectorOf(p.section(), p.text()));
    }

    /** The records of a passage, each given the passage's sector; the list itself is returned. */
    public List<Record> mark(Passage p, List<Record> records) {
        if (!records.isEmpty()) {
            String sector = classify(p).sector();
            for (Record r : records) {
                r.sector = sector;
            }
        }
        return records;
    }

    /** Records read from a table: those without a sector get the one of their own evidence. */
    public List<Record> markTable(List<Record> records) {
        Map<String, String> seen = new HashMap<>();
        for (Record r : records) {
            if (r.sector == null) {
                r.sector = seen.computeIfAbsent(r.section + "\n" + r.text, k -> classifier.sectorOf(r.section, r.text));
            }
        }
        return records;
    }
}
