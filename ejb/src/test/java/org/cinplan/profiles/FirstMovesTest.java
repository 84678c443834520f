package org.cinplan.profiles;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstMovesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static DeadlineMove dueInDays(int days) {
        return new DeadlineMove(days, "Case " + days, "VISIT_INTERVAL", "Visit to the child", null,
                START, START.plusDays(days), true);
    }

    @Test
    void keepsTheEarliestByNewDueDateOfHoweverManyAreOfferedAndCountsThemAll() {
        FirstMoves moves = new FirstMoves(3);
        IntStream.of(9, 4, 7, 1, 8, 2, 6).mapToObj(FirstMovesTest::dueInDays).forEach(moves::offer);

        assertThat(moves.offered()).isEqualTo(7);
        assertThat(moves.first()).extracting(DeadlineMove::episodeId).containsExactly(1L, 2L, 4L);
    }

    @Test
    void fewerThanTheLimitAreAllKeptInOrder() {
        FirstMoves moves = new FirstMoves(200);
        moves.offer(dueInDays(5));
        moves.offer(dueInDays(3));

        assertThat(moves.first()).extracting(DeadlineMove::episodeId).containsExactly(3L, 5L);
        assertThat(moves.offered()).isEqualTo(2);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new FirstMoves(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
