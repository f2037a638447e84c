package io.baocao.extract.table;

import io.baocao.extract.grammar.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies named in a lead or partner cell that prints one body a line with no separator (the lines
 * reach the extractors joined by spaces): {@code Vụ CTHSSV Vụ PC Vụ TĐKT} is three bodies. A new name
 * starts at a head word of {@code words/body-heads.txt} written with its capital, once the name before
 * it has a word after its own head ({@code Văn phòng UBND thành phố} stays one name). A cell written
 * with commas or {@code ;} is already a list as the producer wrote it and is not split here.
 */
final class Bodies {
    private static final List<String> HEADS = WordLists.lines("body-heads.txt");
    /** Heads that name a body on their own (marked {@code *} in the list). */
    private static final java.util.Set<String> WHOLE = HEADS.stream().filter(h -> h.endsWith("*"))
            .map(h -> h.substring(0, h.length() - 1).strip()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern HEAD = head();

    private Bodies() {
    }

    /** The bodies of a cell, in order; the cell itself when it is not a run of body names. */
    static List<String> split(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || text.contains(",") || text.contains(";")) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        List<String> out = new ArrayList<>();
        Matcher m = HEAD.matcher(text);
        int start = 0;
        int headEnd = -1;
        boolean wholeName = false;
        while (m.find()) {
            if (insideParentheses(text, m.start())) {
                continue; // Sở Nông nghiệp … (Chi cục Thủy lợi): the body in parentheses is part of the name
            }
            if (m.start() == start) {
                headEnd = m.end();
                wholeName = WHOLE.contains(m.group());
                continue;
            }
            boolean ownWord = headEnd >= 0 && (wholeName || !text.substring(headEnd, m.start()).isBlank());
            if (ownWord) {
                out.add(text.substring(start, m.start()).strip());
                start = m.start();
                headEnd = m.end();
                wholeName = WHOLE.contains(m.group());
            }
        }
        out.add(text.substring(start).strip());
        return out.size() > 1 && headEnd >= 0 ? out : List.of(text);
    }

    private static boolean insideParentheses(String text, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                open++;
            } else if (ch == ')' && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    private static Pattern head() {
        List<String> alternatives = new ArrayList<>();
        for (String h : HEADS) {
            alternatives.add(Pattern.quote(h.endsWith("*") ? h.substring(0, h.length() - 1).strip() : h));
        }
        // a head word is a whole word: not inside another (Bộ in Bội), not followed by a letter
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }
}
