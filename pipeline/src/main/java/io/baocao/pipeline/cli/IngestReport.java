package io.baocao.pipeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baocao.pipeline.batch.Ingester;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ingest-report.json}, written as the batch goes (a 5,000-file batch holds no list of reports in
 * memory) into a temporary file that replaces the report only when the batch ends: a killed ingest leaves
 * the previous report whole. Layout: {@code files} (one object per file: path, hash, status, reason,
 * pages, records, milliseconds, ocrPages, ocrSeconds, and language when passages are not Vietnamese or
 * are mis-decoded), {@code pruned} (paths removed by {@code --prune}), {@code summary}.
 */
final class IngestReport implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path target;
    private final Path tmp;
    private final JsonGenerator json;
    private int ok;
    private int skipped;
    private int failed;
    private long pages;
    private long records;
    private long milliseconds;
    private long ocrPages;
    private double ocrSeconds;
    private long notVietnamese;
    private long misdecoded;

    IngestReport(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.tmp = this.target.resolveSibling(this.target.getFileName() + ".tmp");
        Files.createDirectories(this.target.getParent());
        this.json = MAPPER.getFactory().createGenerator(tmp.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeArrayFieldStart("files");
    }

    void add(Ingester.FileReport r) throws IOException {
        switch (r.status()) {
            case "ok" -> ok++;
            case "skipped" -> skipped++;
            default -> failed++;
        }
        pages += r.pages() == null ? 0 : r.pages();
        records += r.records() == null ? 0 : r.records();
        ocrPages += r.ocrPages() == null ? 0 : r.ocrPages();
        ocrSeconds += r.ocrSeconds() == null ? 0 : r.ocrSeconds();
        if (r.language() != null) {
            notVietnamese += r.language().notVietnamese();
            misdecoded += r.language().misdecoded();
        }
        MAPPER.writeValue(json, r);
    }

    int ok() {
        return ok;
    }

    int skipped() {
        return skipped;
    }

    int failed() {
        return failed;
    }

    long pages() {
        return pages;
    }

    long records() {
        return records;
    }

    long ocrPages() {
        return ocrPages;
    }

    double ocrSeconds() {
        return ocrSeconds;
    }

    /** Ends the report and puts it in place. */
    void finish(List<String> pruned, long millis) throws IOException {
        this.milliseconds = millis;
        json.writeEndArray();
        json.writeArrayFieldStart("pruned");
        for (String p : pruned) {
            json.writeString(p);
        }
        json.writeEndArray();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ok", ok);
        summary.put("skipped", skipped);
        summary.put("failed", failed);
        summary.put("pruned", pruned.size());
        summary.put("pages", pages);
        summary.put("records", records);
        summary.put("ocrPages", ocrPages);
        summary.put("ocrSeconds", Math.round(ocrSeconds * 10) / 10.0);
        summary.put("notVietnamesePassages", notVietnamese);
        summary.put("misdecodedPassages", misdecoded);
        summary.put("milliseconds", millis);
        json.writeFieldName("summary");
        MAPPER.writeValue(json, summary);
        json.writeEndObject();
        json.close();
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    long milliseconds() {
        return milliseconds;
    }

    Path path() {
        return target;
    }

    @Override
    public void close() throws IOException {
        if (!json.isClosed()) {
            json.close();
        }
    }
}
