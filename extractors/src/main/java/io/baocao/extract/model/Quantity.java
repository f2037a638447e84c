package io.baocao.extract.model;

/** Fields figures and percentages share: the number as written and how it relates to others. */
public abstract class Quantity extends Record {
    public String raw;
    public Double value;
    public Double target;
    public Double low;
    public Double high;
    public String comparator;
    public Boolean approx;
    public String change;
    public String metric;
    /** Added: the column of an indicator table the value sits in, as its header path reads. */
    public String column;
}
