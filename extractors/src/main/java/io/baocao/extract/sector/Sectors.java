package io.baocao.extract.sector;

import io.baocao.extract.grammar.WordLists;
import io.baocao.extract.text.TextFold;
import java.util.List;
import java.util.Optional;

/** The sixteen sectors of issue 14, as the word list {@code words/sectors.txt} gives them, in its order. */
public final class Sectors {
    public static final List<Sector> ALL = WordLists.rows("sectors.txt").stream()
            .map(r -> new Sector(r.get(0), r.get(1))).toList();
    /** The sector of passages about the whole economy or no one field: the first listed. */
    public static final Sector GENERAL = ALL.get(0);

    private Sectors() {
    }

    public static List<String> ids() {
        return ALL.stream().map(Sector::id).toList();
    }

    /**
     * The sector a reader names by its id ({@code y-te}) or its label, marks, case and spacing optional
     * ({@code Y tế}, {@code y te}, {@code giao thong - xay dung - do thi}); empty when none is meant.
     */
    public static Optional<Sector> find(String idOrLabel) {
        if (idOrLabel == null) {
            return Optional.empty();
        }
        String wanted = TextFold.foldWords(idOrLabel);
        for (Sector s : ALL) {
            if (s.id().equals(idOrLabel.strip()) || TextFold.foldWords(s.label()).equals(wanted)
                    || TextFold.foldWords(s.id().replace('-', ' ')).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The sector of an id, or empty. */
    public static Optional<Sector> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
