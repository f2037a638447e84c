package io.baocao.pipeline.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Where the progress bar and the lines of an ingest meet on a terminal. The bar is redrawn in place
 * (carriage return, erase to the end of the line) from the bar's own thread; a message goes through
 * {@link #println}, which erases the bar, prints the message on a line of its own and draws the bar again
 * below it, under the same lock, so that no redraw ever lands on a message. Closing leaves the bar's last
 * state on its own line, so what is printed after it (the summary) starts on a fresh line.
 */
final class ProgressLine implements ProgressBarConsumer {
    private static final String ERASE = "\r\u001b[K";
    private final PrintStream out;
    private final int width;
    private String shown;

    ProgressLine(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public int getMaxRenderedLength() {
        return width;
    }

    @Override
    public synchronized void accept(String rendered) {
        shown = rendered;
        out.print(ERASE + rendered);
        out.flush();
    }

    /** A line that stays: erases the bar, prints the line, redraws the bar under it. */
    synchronized void println(String line) {
        if (shown != null) {
            out.print(ERASE);
        }
        out.println(line);
        if (shown != null) {
            out.print(shown);
        }
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (shown != null) {
            out.println();
            out.flush();
            shown = null;
        }
    }
}
