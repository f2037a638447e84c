package io.baocao.extract.table;

import io.baocao.extract.grammar.UnitLexicon;
import java.util.Locale;
import java.util.Optional;

/** A table's ĐVT cell as a canonical unit: {@code Tr.đồng} → {@code triệu đồng}, {@code Xã} → {@code xã}. */
final class UnitCell {
    private UnitCell() {
    }

    static String canonical(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String c = cell.strip().replaceAll("\\s+", " ");
        for (String candidate : new String[] {c, c.toLowerCase(Locale.ROOT)}) {
            Optional<UnitLexicon.Unit> u = UnitLexicon.whole(candidate);
            if (u.isPresent()) {
                return u.get().canonical();
            }
        }
        return c.toLowerCase(Locale.ROOT);
    }
}
