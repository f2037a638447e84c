package io.baocao.extract.quantity;

import io.baocao.extract.grammar.UnitLexicon;

/**
 * A number (or a pair, or a range) with its unit as written in a passage, before it becomes a figure
 * or a percentage. {@code numberStart}/{@code end} delimit {@code raw}: where the first number begins
 * (the words before it are read from there) and where its unit ends.
 */
public final class QuantityMention {
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
