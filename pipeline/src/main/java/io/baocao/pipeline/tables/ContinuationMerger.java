package io.baocao.pipeline.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows broken by a page break. The part printed on the next page, after the repeated header, has an
 * empty first cell: it is merged back cell by cell (one continuation can complete several columns).
 * Only the first row after the break is looked at, so sub-rows without a number further down stay rows.
 *
 * <p>Sometimes the rest of a sentence is printed in the next row's cell instead (ANALYSIS §7.3, case 24):
 * the last row of a page ends mid-phrase ({@code … trong tháng}) and the first row of the next page
 * starts with the tail ({@code 10/2024, thời gian thực hiện đến ngày 31/12/2024. - Ban Quản lý …}). A cell
 * that starts the way no cell starts (a lower-case word, a bare month) gives its text up to the first
 * sentence end back to the cell above, when that one ends in an open phrase.
 */
final class ContinuationMerger {
    /** A cell tail: starts lower-case, or with a month or date followed by a comma or period. */
    private static final Pattern TAIL_START = Pattern.compile("^(\\p{Ll}|\\d{1,2}/(\\d{1,2}/)?\\d{4}[,.;])");
    /** Up to a sentence end after a word or figure, followed by a new sentence or list item. */
    private static final Pattern TAIL = Pattern.compile("^(.+?[\\p{Ll}\\d)][.;])\\s+(?=[-+•–\\p{Lu}])");

    private ContinuationMerger() {
    }

    /**
     * The rest of {@code previous}, printed after a page break: nothing in its first cell, something
     * elsewhere, and no figure where the row above already has one (that is a new row whose first cell is
     * empty, a sub-row without a number).
     */
    static boolean isContinuation(List<String> previous, List<String> row) {
        if (row.isEmpty() || !row.get(0).isEmpty() || row.stream().allMatch(String::isEmpty)) {
            return false;
        }
        for (int c = 0; c < row.size() && c < previous.size(); c++) {
            if (HeaderReader.isFigure(row.get(c)) && HeaderReader.isFigure(previous.get(c))) {
                return false;
            }
        }
        return true;
    }

    static List<String> merge(List<String> previous, List<String> continuation) {
        List<String> out = new ArrayList<>(previous);
        for (int c = 0; c < out.size() && c < continuation.size(); c++) {
            out.set(c, CellText.join(out.get(c), continuation.get(c)));
        }
        return out;
    }

    /**
     * Moves misplaced sentence tails from the first row of a page back to the last row of the previous
     * one; both lists are changed. Returns whether anything moved.
     */
    static boolean realign(List<String> previous, List<String> next) {
        boolean moved = false;
        for (int c = 1; c < previous.size() && c < next.size(); c++) {
            String above = previous.get(c);
            String below = next.get(c);
            if (above.isEmpty() || below.isEmpty() || !endsOpen(above) || !TAIL_START.matcher(below).find()) {
                continue;
            }
            Matcher m = TAIL.matcher(below);
            if (m.find()) {
                previous.set(c, CellText.join(above, m.group(1)));
                next.set(c, below.substring(m.end()).strip());
                moved = true;
            }
        }
        return moved;
    }

    /** Ends in a lower-case word with no punctuation after it: a phrase cut short. */
    static boolean endsOpen(String text) {
        String t = text.strip();
        if (t.isEmpty() || !Character.isLetter(t.charAt(t.length() - 1))) {
            return false;
        }
        int start = t.lastIndexOf(' ') + 1;
        return Character.isLowerCase(t.charAt(start));
    }
}
