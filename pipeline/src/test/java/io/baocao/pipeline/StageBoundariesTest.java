package io.baocao.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stages are boundaries (docs/ARCHITECTURE.md): read → structure → extraction → sink, and a stage
 * never calls back up. Checked on the compiled classes, so a new import that crosses a boundary fails
 * the build instead of growing a cycle.
 */
class StageBoundariesTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.baocao");
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.baocao.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void tablesAreGeometryOnly() {
        noClasses().that().resideInAPackage("io.baocao.pipeline.tables..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.tika..",
                        "org.xml.sax..", "io.baocao.pipeline.read..")
                .check(classes);
    }

    @Test
    void readingKnowsNothingOfLaterStages() {
        noClasses().that().resideInAPackage("io.baocao.pipeline.read..")
                .should().dependOnClassesThat().resideInAnyPackage("io.baocao.pipeline.structure..",
                        "io.baocao.extract..", "io.baocao.index..", "io.baocao.pipeline.cli..", "io.baocao.pipeline.eval..")
                .check(classes);
    }

    @Test
    void structureProducesNoIndexOrOutput() {
        noClasses().that().resideInAPackage("io.baocao.pipeline.structure..")
                .should().dependOnClassesThat().resideInAnyPackage("io.baocao.index..", "io.baocao.pipeline.cli..",
                        "io.baocao.pipeline.eval..", "org.apache.pdfbox..", "org.apache.tika..")
                .check(classes);
    }

    @Test
    void structureReadsNoRecord() {
        // structure hands passages and tables to extraction; records and extractors are extraction's. It may
        // read the grammars (a kind line, "PHỤ LỤC … (Kèm theo …)", is where a logical document starts)
        noClasses().that().resideInAPackage("io.baocao.pipeline.structure..")
                .should().dependOnClassesThat().resideInAnyPackage("io.baocao.extract.model..", "io.baocao.extract.document..",
                        "io.baocao.extract.quantity..", "io.baocao.extract.reference..", "io.baocao.extract.status..")
                .check(classes);
    }

    @Test
    void extractorsDoNoFileOrIndexWork() {
        noClasses().that().resideInAPackage("io.baocao.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.baocao.pipeline..", "io.baocao.index..",
                        "org.apache.lucene..", "org.apache.pdfbox..", "org.apache.tika..")
                .check(classes);
    }
}
