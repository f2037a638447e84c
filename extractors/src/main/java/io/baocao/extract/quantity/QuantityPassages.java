package io.baocao.extract.quantity;

import io.baocao.extract.text.Passage;

/** Which passages hold quantities worth reading: not headings, not the recipients block. */
final class QuantityPassages {
    private QuantityPassages() {
    }

    static boolean readsQuantities(Passage p) {
        if (p.kind() == Passage.Kind.HEADER) {
            return false;
        }
        return p.row() == null;
    }
}
