package org.cinplan.returns;

import java.util.function.IntConsumer;

/**
 * How far a return's generation has gone, in percent, over its passes (the census reads its children twice: to
 * validate them, then to write them): each pass is an equal share, within it the share of its items done. It tells
 * its listener only when the whole percent moves on, so a large return updates its history row a hundred times at
 * most, and never says 100 before the file is kept (the history does, when it is).
 */
final class GenerationProgress {

    private final int passes;
    private final IntConsumer listener;
    private int pass;
    private int told;

    /** Progress over {@code passes} passes, told to {@code listener}. */
    GenerationProgress(int passes, IntConsumer listener) {
        if (passes < 1) {
            throw new IllegalArgumentException("a generation has at least one pass");
        }
        this.passes = passes;
        this.listener = listener;
    }

    /** Starts the next pass (the first is started already). */
    void nextPass() {
        pass = Math.min(pass + 1, passes - 1);
        report(0, 1);
    }

    /** {@code done} of the pass's {@code total} items are done. */
    void done(int done, int total) {
        report(done, total);
    }

    /** The percent told last. */
    int percent() {
        return told;
    }

    private void report(int done, int total) {
        double withinPass = total <= 0 ? 1 : Math.min(1, Math.max(0, (double) done / total));
        int percent = Math.min(99, (int) Math.floor((pass + withinPass) * 100 / passes));
        if (percent > told) {
            told = percent;
            listener.accept(percent);
        }
    }
}
