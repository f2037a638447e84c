package io.baocao.pipeline.read.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Converts text typed in a legacy Vietnamese font (TCVN3, VNI) and read as Latin-1 into Unicode, with the
 * project's own tables ({@code tcvn3.tsv}, {@code vni.tsv} beside this class: the JDK has no such
 * charset). Characters the table does not hold (ASCII, punctuation) are kept. Pure functions.
 */
public final class LegacyConverter {
    private static final Map<LegacyEncoding, Table> TABLES = new EnumMap<>(LegacyEncoding.class);

    static {
        for (LegacyEncoding e : LegacyEncoding.values()) {
            TABLES.put(e, Table.load(e));
        }
    }

    private LegacyConverter() {
    }

    /** The Unicode text of {@code text} typed in {@code encoding}. */
    public static String toUnicode(String text, LegacyEncoding encoding) {
        return toUnicode(text, encoding, false);
    }

    /** @param upperCaseFont the text was printed in a capitals-only font ({@code .VnTimeH}): the result is in capitals */
    public static String toUnicode(String text, LegacyEncoding encoding, boolean upperCaseFont) {
        List<String> chars = new ArrayList<>(text.length());
        text.codePoints().forEach(cp -> chars.add(Character.toString(cp)));
        // a TCVN3 tone mark converted to a combining mark is composed with its letter
        return Normalizer.normalize(String.join("", toUnicode(chars, encoding, upperCaseFont)), Normalizer.Form.NFC);
    }

    /**
     * Converts glyph by glyph, keeping the list's positions: a VNI letter printed as two glyphs (base and
     * modifier) becomes the base glyph's text, and the modifier glyph's text becomes empty. A TCVN3 tone
     * mark (0xB0-0xB4) becomes a combining mark of its own glyph, for {@link MappingRepair} to attach.
     */
    public static List<String> toUnicode(List<String> glyphs, LegacyEncoding encoding, boolean upperCaseFont) {
        Table table = TABLES.get(encoding);
        List<String> out = new ArrayList<>(glyphs);
        char previous = ' ';
        for (int i = 0; i < out.size(); i++) {
            String g = out.get(i);
            if (g.length() == 1 && i + 1 < out.size() && out.get(i + 1).length() == 1) {
                String pair = table.pairs.get(g + out.get(i + 1));
                if (pair != null) {
                    out.set(i, cased(pair, upperCaseFont));
                    out.set(i + 1, "");
                    previous = pair.charAt(0);
                    i++;
                    continue;
                }
            }
            String converted = table.convert(g, previous);
            out.set(i, cased(converted, upperCaseFont));
            if (!converted.isEmpty()) {
                previous = converted.charAt(converted.length() - 1);
            }
        }
        return out;
    }

    /** The characters the table converts (its keys, single characters and the parts of pairs). */
    static Set<Character> sourceChars(LegacyEncoding encoding) {
        Table t = TABLES.get(encoding);
        Set<Character> all = t.singles.keySet().stream().collect(Collectors.toSet());
        t.pairs.keySet().forEach(p -> p.chars().forEach(c -> all.add((char) c)));
        return all;
    }

    static Map<Character, String> singles(LegacyEncoding encoding) {
        return TABLES.get(encoding).singles;
    }

    static Map<String, String> pairs(LegacyEncoding encoding) {
        return TABLES.get(encoding).pairs;
    }

    private static String cased(String s, boolean upper) {
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    /** One encoding's table: single characters, and (VNI) base + modifier pairs. */
    private record Table(Map<Character, String> singles, Map<String, String> pairs) {
        static Table load(LegacyEncoding e) {
            Map<Character, String> singles = new HashMap<>();
            Map<String, String> pairs = new HashMap<>();
            try (InputStream in = LegacyConverter.class.getResourceAsStream(e.table)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + e.table);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    StringBuilder from = new StringBuilder();
                    for (String hex : cols[0].trim().split(" ")) {
                        from.appendCodePoint(Integer.parseInt(hex, 16));
                    }
                    String to = Character.toString(Integer.parseInt(cols[1].trim(), 16));
                    if (from.length() == 1) {
                        singles.put(from.charAt(0), to);
                    } else {
                        pairs.put(from.toString(), to);
                    }
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            // a capital typed with a lower-case modifier (or the reverse) is the base letter's case
            Map<String, String> swapped = new HashMap<>();
            pairs.forEach((k, v) -> {
                char base = k.charAt(0);
                char mod = k.charAt(1);
                char other = Character.isUpperCase(mod) ? Character.toLowerCase(mod) : Character.toUpperCase(mod);
                String value = Character.isUpperCase(base) ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
                swapped.putIfAbsent("" + base + other, value);
            });
            swapped.forEach(pairs::putIfAbsent);
            return new Table(Map.copyOf(singles), Map.copyOf(pairs));
        }

        /** Character by character; a combining tone mark only after a letter (elsewhere it is the symbol it shows as). */
        String convert(String glyph, char previous) {
            StringBuilder b = new StringBuilder(glyph.length());
            for (int k = 0; k < glyph.length(); k++) {
                char c = glyph.charAt(k);
                String to = singles.get(c);
                if (to != null && Character.getType(to.charAt(0)) == Character.NON_SPACING_MARK) {
                    char before = b.length() > 0 ? b.charAt(b.length() - 1) : previous;
                    to = Character.isLetter(before) ? to : null;
                }
                b.append(to == null ? String.valueOf(c) : to);
            }
            String s = b.toString();
            return s.length() > 1 ? Normalizer.normalize(s, Normalizer.Form.NFC) : s;
        }
    }
}
