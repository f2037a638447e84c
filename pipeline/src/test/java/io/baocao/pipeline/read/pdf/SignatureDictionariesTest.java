package io.baocao.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.pipeline.read.FileSignature;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;

/** The signer and time of an e-signed PDF come from its signature dictionaries. */
class SignatureDictionariesTest {
    @Test
    void signerAndTimeOfASignatureField() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDSignature sig = new PDSignature();
            sig.setName("Đinh Công Nghĩa");
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("GMT+07:00"));
            when.clear();
            when.set(2020, Calendar.JULY, 7, 13, 33, 46);
            sig.setSignDate(when);
            field.setValue(sig);
            form.getFields().add(field);

            List<FileSignature> found = PdfLayoutReader.signatures(doc);
            assertEquals(List.of(new FileSignature("Đinh Công Nghĩa", "2020-07-07T13:33:46+07:00")), found);
        }
    }

    @Test
    void unsignedFileHasNone() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            assertTrue(PdfLayoutReader.signatures(doc).isEmpty());
        }
    }
}
