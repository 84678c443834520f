package org.cinplan.caseload;

import org.cinplan.caseload.WhatIsDue.Urgency;
import org.cinplan.deadlines.DeadlineView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhatIsDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void anOverdueDeadlineSaysByHowManyDaysAndNeedsDoingToday() {
        DeadlineView visit = next("Visit to the child", TODAY.minusDays(5), "RED");

        assertThat(WhatIsDue.inWords(visit, TODAY)).isEqualTo("Visit to the child overdue by 5 days");
        assertThat(WhatIsDue.inWords(next("Visit to the child", TODAY.minusDays(1), "RED"), TODAY))
                .isEqualTo("Visit to the child overdue by 1 day");
        assertThat(WhatIsDue.urgency(visit, true, TODAY)).isEqualTo(Urgency.TODAY);
    }

    @Test
    void aDeadlineDueTodaySaysSoRatherThanDueSoon() {
        DeadlineView review = next("Review meeting", TODAY, "AMBER");

        assertThat(WhatIsDue.inWords(review, TODAY)).isEqualTo("Review meeting due today");
        assertThat(WhatIsDue.urgency(review, true, TODAY)).isEqualTo(Urgency.TODAY);
    }

    @Test
    void theComingWeekCountsDaysAndLaterSaysTheDate() {
        assertThat(WhatIsDue.inWords(next("Visit to the child", TODAY.plusDays(1), "AMBER"), TODAY))
                .isEqualTo("Visit to the child due tomorrow");
        DeadlineView inSix = next("Visit to the child", TODAY.plusDays(6), "AMBER");
        assertThat(WhatIsDue.inWords(inSix, TODAY)).isEqualTo("Visit to the child due in 6 days");
        assertThat(WhatIsDue.urgency(inSix, true, TODAY)).isEqualTo(Urgency.THIS_WEEK);
        DeadlineView later = next("Review meeting", LocalDate.of(2027, 1, 12), "GREEN");
        assertThat(WhatIsDue.inWords(later, TODAY)).isEqualTo("Review meeting due on 12 Jan 2027");
        assertThat(WhatIsDue.urgency(later, true, TODAY)).isEqualTo(Urgency.LATER);
    }

    @Test
    void aClosedCaseOrOneWithNothingDueComesLast() {
        assertThat(WhatIsDue.inWords(null, TODAY)).isEqualTo("Nothing due");
        assertThat(WhatIsDue.urgency(null, true, TODAY)).isEqualTo(Urgency.NOTHING);
        assertThat(WhatIsDue.urgency(next("Visit to the child", TODAY.minusDays(3), "RED"), false, TODAY))
                .isEqualTo(Urgency.CLOSED);
        assertThat(Urgency.TODAY.ordinal()).isLessThan(Urgency.THIS_WEEK.ordinal());
        assertThat(Urgency.NOTHING.ordinal()).isLessThan(Urgency.CLOSED.ordinal());
    }

    private static DeadlineView next(String title, LocalDate due, String rag) {
        return new DeadlineView("RULE", title, null, due, null, null, rag, null, null, "the decision", due, "Reading",
                1, "BW 1", List.of(), List.of(), "Why");
    }
}
