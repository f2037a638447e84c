package io.baocao.extract.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place the word lists of the genre are loaded: text files under
 * {@code io/baocao/extract/words/} on the class path (as Lucene keeps its stop words), UTF-8, one
 * entry a line, in the order written; a line starting with {@code #} is a comment, a blank line is
 * skipped. A list that is missing is a packaging error, not something to run without.
 */
public final class WordLists {
    private static final String FOLDER = "/io/baocao/extract/words/";

    private WordLists() {
    }

    /** The entries of a list, stripped, in file order. */
    public static List<String> lines(String name) {
        String path = FOLDER + name;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list " + path + " is not on the class path");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }

    /** The entries of a list whose fields are separated by {@code |}, each field stripped. */
    public static List<List<String>> rows(String name) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines(name)) {
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\\|", -1)) {
                fields.add(f.strip());
            }
            out.add(List.copyOf(fields));
        }
        return List.copyOf(out);
    }
}
