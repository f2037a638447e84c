package io.baocao.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Việt Nam's administrative units by name ({@code words/admin-units.txt}: the 34 provinces and the communes
 * in force from 1 July 2025, and the 63 provinces, their districts and communes before, as 2022–2024 reports
 * name them). Names are looked up as tokens ({@link NameTokens#key}), so case and the placement of a tone
 * mark ({@code Hoà}/{@code Hòa}) do not matter.
 */
public final class AdminUnits {
    public static final String RESOURCE = "/io/baocao/extract/words/admin-units.txt";
    /** One unit: rank (province, district, commune), level word (tỉnh, quận, ...), name, periods. */
    public record Unit(String rank, String level, String name, Set<String> periods) {
    }

    private static volatile AdminUnits shared;

    private final List<Unit> units;
    private final Map<String, List<Unit>> byKey = new HashMap<>();
    private final int longest;

    private AdminUnits(List<Unit> units) {
        this.units = List.copyOf(units);
        int max = 0;
        for (Unit u : units) {
            String k = key(NameTokens.of(u.name()), 0, NameTokens.of(u.name()).length);
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            max = Math.max(max, NameTokens.of(u.name()).length);
        }
        this.longest = max;
    }

    /** The dictionary shipped in the jar, read once. */
    public static AdminUnits shipped() {
        AdminUnits a = shared;
        if (a == null) {
            synchronized (AdminUnits.class) {
                if (shared == null) {
                    shared = read();
                }
                a = shared;
            }
        }
        return a;
    }

    private static AdminUnits read() {
        try (InputStream in = AdminUnits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Unit> units = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                units.add(new Unit(f[0], f[1], f[2], Set.of(f[3].split(","))));
            }
            return new AdminUnits(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Unit> units() {
        return units;
    }

    /** The names of the provinces (and centrally run cities) in force in a period ({@code 2025}, {@code before-2025}). */
    public Set<String> provinces(String period) {
        Set<String> out = new TreeSet<>();
        for (Unit u : units) {
            if (u.rank().equals("province") && u.periods().contains(period)) {
                out.add(u.name());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The units bearing this name (any case, any tone placement); empty when none. */
    public List<Unit> named(String name) {
        String[] t = NameTokens.of(name);
        return byKey.getOrDefault(key(t, 0, t.length), List.of());
    }

    /**
     * The province a mention names ({@code tỉnh}/{@code thành phố} and a name, words around the name allowed:
     * {@code Bình Định Kính} → {@code tỉnh Bình Định}), written with the level word the list gives it; null
     * when the mention is no province ({@code thành phố Quy Nhơn}, a provincial city; {@code tỉnh Kính}).
     */
    public String province(String level, String name) {
        String lv = NameTokens.key(level);
        if (!lv.equals("tỉnh") && !lv.equals("thành phố")) {
            return null;
        }
        String[] t = NameTokens.of(name);
        for (int s = 0; s < t.length; s++) {
            for (int n = Math.min(longest, t.length - s); n > 0; n--) {
                for (Unit u : byKey.getOrDefault(key(t, s, s + n), List.of())) {
                    if (u.rank().equals("province")) {
                        return u.level() + " " + u.name();
                    }
                }
            }
        }
        return null;
    }

    /** The length in tokens of the longest unit name starting at {@code start}, or 0. */
    public int nameAt(String[] tokens, int start) {
        for (int n = Math.min(longest, tokens.length - start); n > 0; n--) {
            if (byKey.containsKey(key(tokens, start, start + n))) {
                return n;
            }
        }
        return 0;
    }

    /** The length of the longest province name starting at {@code start}, or 0. */
    public int provinceAt(String[] tokens, int start) {
        for (int n = Math.min(longest, tokens.length - start); n > 0; n--) {
            List<Unit> us = byKey.get(key(tokens, start, start + n));
            if (us != null && us.stream().anyMatch(u -> u.rank().equals("province"))) {
                return n;
            }
        }
        return 0;
    }

    /** Every distinct unit name, as token sequences (the name finder's dictionary feature). */
    public Set<List<String>> nameTokens() {
        Set<List<String>> out = new HashSet<>();
        for (Unit u : units) {
            out.add(List.of(NameTokens.of(u.name())));
        }
        return out;
    }

    private static String key(String[] tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i == from ? "" : " ").append(NameTokens.key(tokens[i]));
        }
        return sb.toString();
    }
}
