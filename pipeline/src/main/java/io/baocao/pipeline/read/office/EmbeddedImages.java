package io.baocao.pipeline.read.office;

import java.io.IOException;
import java.nio.file.Path;
import io.baocao.pipeline.read.TextLine;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The pictures a DOCX or ODT holds ({@code word/media/}, {@code Pictures/} in its zip): what tells a scan
 * pasted into a Word file, which has no text to read, from a document that is simply empty.
 */
public final class EmbeddedImages {
    private EmbeddedImages() {
    }

    /** The name Tika gives an embedded picture, which it writes where the picture is: image1.png, image2.jpeg. */
    private static final Pattern PICTURE_NAME = Pattern.compile("(?i)image\\d+\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)");

    /** True when every line read is the name of a picture: a document of pictures and no text. */
    public static boolean onlyPictureNames(List<TextLine> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> PICTURE_NAME.matcher(l.text().strip()).matches());
    }

    /** How many pictures the file holds, or 0 when it is not a zip-based office document. */
    public static int count(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int n = 0;
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (!e.isDirectory() && (name.startsWith("word/media/") || name.startsWith("pictures/"))) {
                    n++;
                }
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
