package org.cinplan.messages;

import org.cinplan.alerts.AlertState;
import org.cinplan.alerts.AlertView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DigestComposerTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 12);
    private static final String TURN_OFF = "https://cinplan.example.org/cinplan/caseload.xhtml";

    private static AlertView alert(long episodeId, String rule, String title, AlertState state, LocalDate due) {
        return new AlertView(episodeId * 10, episodeId, "Amy Journey", "Sam Worker", rule, title, state, due,
                "why", "READING", 1, null, null, null);
    }

    private static Optional<DigestComposer.Digest> digest(List<AlertView> alerts) {
        return DigestComposer.compose("Sam Worker", TODAY, alerts,
                id -> "https://cinplan.example.org/cinplan/case.xhtml?episode=" + id, TURN_OFF);
    }

    @Test
    void listsOverdueEscalatedFirstThenDueSoonByCaseReferenceAndLinkNeverTheChild() {
        DigestComposer.Digest digest = digest(List.of(
                alert(3, "VISIT_INTERVAL", "Visit", AlertState.DUE_SOON, TODAY.plusDays(3)),
                alert(1, "INITIAL_MEETING", "Initial CIN meeting", AlertState.OVERDUE, TODAY.minusDays(2)),
                alert(2, "REVIEW_INTERVAL", "Review", AlertState.ESCALATED, TODAY.minusDays(9)),
                alert(4, "MINUTES_DISTRIBUTED", "Minutes distributed", AlertState.DUE_SOON, TODAY))).orElseThrow();

        assertThat(digest.subject()).isEqualTo("cinplan: 2 overdue, 2 due soon on your cases (12 Jan 2027)");
        assertThat(digest.body())
                .contains("- Case 2: Review (REVIEW_INTERVAL), ESCALATED, was due 3 Jan 2027, 9 days overdue\n"
                        + "  https://cinplan.example.org/cinplan/case.xhtml?episode=2")
                .contains("- Case 1: Initial CIN meeting (INITIAL_MEETING), was due 10 Jan 2027, 2 days overdue")
                .contains("- Case 4: Minutes distributed (MINUTES_DISTRIBUTED), due 12 Jan 2027, today")
                .contains("- Case 3: Visit (VISIT_INTERVAL), due 15 Jan 2027, in 3 days")
                .contains(TURN_OFF)
                .doesNotContain("Amy").doesNotContain("Journey");
        assertThat(digest.body().indexOf("Case 2:")).isLessThan(digest.body().indexOf("Case 1:"));
        assertThat(digest.body().indexOf("Case 4:")).isLessThan(digest.body().indexOf("Case 3:"));
    }

    @Test
    void nothingDueSoonOrOverdueSendsNoDigest() {
        assertThat(digest(List.of())).isEmpty();
        assertThat(digest(List.of(alert(1, "VISIT_INTERVAL", "Visit", AlertState.RESOLVED, TODAY)))).isEmpty();
    }
}
