package io.baocao.pipeline.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables of a seed text file (a markdown-ish conversion of a report): tab-separated rows, the
 * header printed again after every page break, page-broken rows continued on a row with an empty first
 * cell. Read back as logical tables: header dropped where repeated, continuations merged, conversion
 * markup stripped.
 */
final class SeedTables {
    private static final Pattern APPENDIX = Pattern.compile("^Phụ lục [IVXLC]+\\s*$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Markdown bold, not the stars of a legend mark like {@code (**)}. */
    private static final Pattern BOLD = Pattern.compile("(?<![(*])\\*\\*(?![)*])");
    private static final Pattern MARK = Pattern.compile("\\(\\**\\)");
    private static final Pattern GLUED_HYPHEN = Pattern.compile("(?<=[\\p{L}\\d])- (?=[\\p{L}\\d])");

    record SeedTable(List<List<String>> header, List<List<String>> rows) {
    }

    private SeedTables() {
    }

    /** One table per appendix ({@code Phụ lục I}, {@code II}, …), in file order. */
    static List<SeedTable> read(Path file) throws IOException {
        List<List<String>> section = null;
        List<List<List<String>>> sections = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (APPENDIX.matcher(line).matches()) {
                section = new ArrayList<>();
                sections.add(section);
            } else if (section != null && line.contains("\t")) {
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\t", -1)) {
                    cells.add(clean(c));
                }
                section.add(cells);
            }
        }
        List<SeedTable> tables = new ArrayList<>();
        for (List<List<String>> s : sections) {
            if (!s.isEmpty()) {
                tables.add(table(s));
            }
        }
        return tables;
    }

    private static SeedTable table(List<List<String>> lines) {
        int width = lines.get(0).size();
        for (List<String> l : lines) {
            while (l.size() < width) {
                l.add("");
            }
        }
        int headerSize = headerSize(lines);
        List<List<String>> header = lines.subList(0, headerSize);
        List<List<String>> rows = new ArrayList<>();
        boolean afterHeader = false;
        int i = headerSize;
        while (i < lines.size()) {
            List<String> l = lines.get(i);
            if (l.equals(header.get(0))) {
                int k = 0;
                while (k < headerSize && i < lines.size() && lines.get(i).equals(header.get(k))) {
                    i++;
                    k++;
                }
                afterHeader = true;
                continue;
            }
            if (afterHeader && l.get(0).isEmpty() && !rows.isEmpty()) {
                rows.set(rows.size() - 1, ContinuationMerger.merge(rows.get(rows.size() - 1), l));
            } else {
                rows.add(l);
            }
            afterHeader = false;
            i++;
        }
        return new SeedTable(List.copyOf(header), rows);
    }

    /** The header is the block of lines printed again, as a whole, after a page break. */
    private static int headerSize(List<List<String>> lines) {
        for (int again = 1; again < lines.size(); again++) {
            if (lines.get(again).equals(lines.get(0))) {
                int k = 1;
                while (again + k < lines.size() && lines.get(again + k).equals(lines.get(k))) {
                    k++;
                }
                return k;
            }
        }
        return 1;
    }

    /** Conversion markup out, white space normalised. */
    static String clean(String cell) {
        String t = TAG.matcher(cell).replaceAll(" ");
        t = BOLD.matcher(t).replaceAll("");
        return CellText.normalise(t);
    }

    /**
     * What two cells are compared on: white space and NFC as everywhere, legend marks leniently (the PDF
     * prints {@code (**)} as {@code ()} and {@code (***)} as {@code (*)}), and a hyphen glued to the word
     * before it followed by a space or not ({@code 12/NQ- HĐND} is {@code 12/NQ-HĐND}).
     */
    static String comparable(String cell) {
        String t = Normalizer.normalize(cell, Normalizer.Form.NFC);
        t = MARK.matcher(t).replaceAll("(*)");
        t = GLUED_HYPHEN.matcher(t).replaceAll("-");
        return CellText.normalise(t);
    }

    static List<String> comparable(List<String> row) {
        return Arrays.asList(row.stream().map(SeedTables::comparable).toArray(String[]::new));
    }
}
