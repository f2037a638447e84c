package io.baocao.extract.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.model.BaseModel;

/**
 * A trained model as the same bytes each time the same data is trained: OpenNLP writes the training
 * time into the model's manifest ({@code Timestamp} and the date comment of {@code Properties.store})
 * and into each zip entry, so two trainings of the same data differ only there. Those are set to a fixed
 * value; everything the model computes from the data is kept as written.
 */
public final class ModelBytes {
    /** The fixed entry time: any constant will do; local date-time so the time zone cannot change it. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2022, 1, 1, 0, 0);
    private static final String MANIFEST = "manifest.properties";

    private ModelBytes() {
    }

    public static byte[] of(BaseModel model) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.serialize(raw);
            return normalise(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(MANIFEST)) {
                    content = manifest(content);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ENTRY_TIME);
                z.putNextEntry(copy);
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The manifest without the date comment, its training time fixed, its lines in one order. */
    private static byte[] manifest(byte[] content) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            lines.add(line.startsWith("Timestamp=") ? "Timestamp=0" : line);
        }
        lines.sort(null);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
