package io.baocao.extract.grammar;

/** Where something is written in a text: {@code [start, end)}. */
public record Span(int start, int end) {
}
