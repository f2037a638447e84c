package io.baocao.pipeline.web;

import io.baocao.index.BaocaoSearcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the file of a document by its id, through the index only: the id from the request is compared
 * with the ids the index holds, and the file served is a path the index recorded at ingest. Nothing
 * from the request is ever made into a path.
 */
final class Documents {
    /** What a document id looks like (a file name without its extension): no slash, no leading dot. */
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.,() -]{0,199}");

    /** A file that holds the document, its page count (0 when its format has no pages) and whether it is a PDF. */
    record Source(Path file, int pages, boolean pdf) {
    }

    private Documents() {
    }

    /** The file to show for a document id: a PDF if one holds it, else any file that still exists; or null. */
    static Source find(BaocaoSearcher searcher, String id) throws IOException {
        List<Source> found = new ArrayList<>();
        for (Map<String, Object> d : searcher.files()) {
            if (!id.equals(d.get("doc"))) {
                continue;
            }
            int pages = d.get("pages") instanceof Integer p ? p : 0;
            @SuppressWarnings("unchecked") List<String> files = (List<String>) d.get("files");
            for (String f : files) {
                Path p = Path.of(f);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p)) {
                    found.add(new Source(p, pages, isPdf(p)));
                }
            }
        }
        return found.stream().filter(Source::pdf).findFirst().orElse(found.isEmpty() ? null : found.get(0));
    }

    private static boolean isPdf(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return Arrays.equals(in.readNBytes(5), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }
}
