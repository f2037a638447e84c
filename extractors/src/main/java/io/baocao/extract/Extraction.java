package io.baocao.extract;

import io.baocao.extract.document.DocumentHeaderExtractor;
import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.model.Record;
import io.baocao.extract.quantity.FigureExtractor;
import io.baocao.extract.quantity.PercentageExtractor;
import io.baocao.extract.reference.ReferenceExtractor;
import io.baocao.extract.sector.SectorStage;
import io.baocao.extract.status.StatusExtractor;
import io.baocao.extract.table.IndicatorTableExtractor;
import io.baocao.extract.table.ProseCells;
import io.baocao.extract.table.TaskColumns;
import io.baocao.extract.text.TableView;
import io.baocao.extract.table.TaskTableExtractor;
import io.baocao.extract.text.AnnotatedPassage;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Extractor;
import io.baocao.extract.text.LogicalDocument;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.Signature;
import io.baocao.extract.text.StructuredFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extraction stage, composed in this one place (as Lucene's {@code Analyzer.createComponents} lists
 * its chain): for each logical document of a file,
 * <ol>
 *   <li>the document header is read into the document record;</li>
 *   <li>the record gives every passage and table of the document its context (kind, year, place);</li>
 *   <li>each passage is annotated once (where numbers, dates and document numbers are written, and the
 *       quantities read from them: {@link AnnotatedPassage}) and read by every passage extractor, in the
 *       order below (the order records of one passage are written in);</li>
 *   <li>each table is read by the table extractors: an indicator table yields its cells and note labels;
 *       a task table its marked rows, then every cell of prose in it is read as a passage (step 3); any
 *       other table is read cell by cell as prose.</li>
 *   <li>each passage is given its sector, and each record the sector of its passage (a table record that
 *       has none, that of its own row: {@link SectorStage}).</li>
 * </ol>
 * Records come out in that order: the document record, its passages' records, its tables' records.
 */
public final class Extraction {
    /** The passages of a file with their document context (what search indexes), and its records. */
    public record Output(List<Passage> passages, List<Record> records) {
    }

    private final DocumentHeaderExtractor header = new DocumentHeaderExtractor();
    private final List<Extractor> passageExtractors = List.of(
            new FigureExtractor(),
            new PercentageExtractor(),
            new ReferenceExtractor(),
            new StatusExtractor());
    private final IndicatorTableExtractor indicatorTables = new IndicatorTableExtractor();
    private final TaskTableExtractor taskTables = new TaskTableExtractor();
    private final SectorStage sectors = SectorStage.shipped();

    public Output extract(StructuredFile file) {
        String fileJurisdiction = DocumentHeaderExtractor.jurisdiction(file.text());
        List<Passage> passages = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        boolean first = true;
        // what the documents after the first stand in for their own place with: the first's (its appendices and
        // attached lists are of its place), else the place the whole file speaks of
        String around = fileJurisdiction;
        for (LogicalDocument d : file.documents()) {
            DocumentRecord document = header.read(d, around);
            if (first && document.jurisdiction != null) {
                around = document.jurisdiction;
            }
            if (first && !file.signatures().isEmpty()) {
                // the file's signature signs the document it opens with (its attachments go with it)
                Signature s = file.signatures().get(0);
                document.signer = s.signer() != null ? s.signer() : document.signer;
                document.signed = s.signed() != null ? s.signed() : document.signed;
            }
            first = false;
            records.add(document);
            DocumentContext context = new DocumentContext(d.doc(), document.kind, document.year, document.jurisdiction);
            for (Passage p : d.passages()) {
                Passage inContext = sectors.classify(p.withContext(context));
                passages.add(inContext);
                records.addAll(passage(inContext));
            }
            for (TableView t : d.tables()) {
                records.addAll(table(t.withContext(context)));
            }
        }
        return new Output(passages, records);
    }

    /** The records of one passage: it is annotated once, then every passage extractor reads it. */
    public List<Record> passage(Passage passage) {
        AnnotatedPassage annotated = new AnnotatedPassage(passage);
        List<Record> out = new ArrayList<>();
        for (Extractor e : passageExtractors) {
            out.addAll(e.extract(annotated));
        }
        return sectors.mark(passage, out);
    }

    /** The records of one table. */
    public List<Record> table(TableView t) {
        return sectors.markTable(tableRecords(t));
    }

    private List<Record> tableRecords(TableView t) {
        if (IndicatorTableExtractor.accepts(t)) {
            return new ArrayList<>(indicatorTables.extract(t));
        }
        List<Record> out = new ArrayList<>();
        Set<Integer> notProse = Set.of();
        TaskColumns tasks = null;
        if (TaskTableExtractor.accepts(t)) {
            out.addAll(taskTables.extract(t));
            notProse = TaskTableExtractor.nonProseColumns(t);
            tasks = TaskColumns.of(t);
        }
        out.addAll(ProseCells.read(t, notProse, tasks, this::passage));
        return out;
    }
}
