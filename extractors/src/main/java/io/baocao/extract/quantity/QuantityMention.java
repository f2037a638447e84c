package io.baocao.extract.quantity;

import io.baocao.extract.grammar.UnitLexicon;

/**
 * A number (or a pair, or a range) with its unit as written in a passage, before it becomes a figure
 * or a percentage. {@code start}/{@code end} delimit {@code raw}; {@code numberStart} is where the
 * first number begins (where the words before it are read from).
 */
public final class QuantityMention {
    public int start;
    public int end;
    public int numberStart;
    public String raw;
    public Double value;
    public Double target;
    public Double previous;
    public Double low;
    public Double high;
    public String unit;
    public UnitLexicon.Kind kind;
    public String comparator;
    public Boolean approx;
    public String change;
    /** True when the unit is the noun after the number rather than a unit of the lexicon. */
    public boolean counted;

    public boolean isPercent() {
        return kind == UnitLexicon.Kind.PERCENT || kind == UnitLexicon.Kind.POINTS;
    }

    @Override
    public String toString() {
        return raw + " [" + value + (target != null ? "/" + target : "") + (low != null ? " " + low + ".." + high : "")
                + " " + unit + "]";
    }
}
