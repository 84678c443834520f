package org.cinplan.returns;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A return's progress over its passes, as the history row is told it. */
class GenerationProgressTest {

    private final List<Integer> told = new ArrayList<>();

    @Test
    void eachOfTwoPassesIsHalfTheWay() {
        GenerationProgress progress = new GenerationProgress(2, told::add);
        progress.done(500, 1000);
        progress.nextPass();
        progress.done(250, 1000);

        assertThat(told).containsExactly(25, 50, 62);
    }

    @Test
    void itNeverSays100BeforeTheFileIsKept() {
        GenerationProgress progress = new GenerationProgress(2, told::add);
        progress.done(1000, 1000);
        progress.nextPass();
        progress.done(1000, 1000);

        assertThat(told).containsExactly(50, 99);
        assertThat(progress.percent()).isEqualTo(99);
    }

    @Test
    void itTellsOnlyWhenTheWholePercentMovesOn() {
        GenerationProgress progress = new GenerationProgress(1, told::add);
        for (int done = 1; done <= 100_000; done++) {
            progress.done(done, 100_000);
        }
        assertThat(told).hasSize(99).startsWith(1, 2, 3).endsWith(99);
    }

    @Test
    void aPassWithNothingToReadIsDoneAtOnceAndProgressNeverGoesBack() {
        GenerationProgress progress = new GenerationProgress(2, told::add);
        progress.done(0, 0);
        progress.done(1, 10);

        assertThat(told).containsExactly(50);
    }
}
