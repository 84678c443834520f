package org.cinplan.deadlines;

import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.ProfileHistory;
import org.cinplan.schedule.StandardProfiles;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ComputedPerCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
    private final ProfileHistory profiles = ProfileHistory.of(StandardProfiles.forCouncil(CouncilCode.READING));
    private final ComputedPerCase<String> kept = new ComputedPerCase<>(3);

    @Test
    void aResultStandsWhileTheCaseTheDayAndTheReferenceDataAreTheSame() {
        kept.put(7, new ComputedPerCase.Stamp(4, TODAY, calendar, profiles), "next: initial meeting");

        assertThat(kept.get(7, new ComputedPerCase.Stamp(4, TODAY, calendar, profiles))).isEqualTo("next: initial meeting");
    }

    @Test
    void aChangeToTheCaseANewDayOrNewReferenceDataMakeItStale() {
        kept.put(7, new ComputedPerCase.Stamp(4, TODAY, calendar, profiles), "next: initial meeting");

        assertThat(kept.get(7, new ComputedPerCase.Stamp(5, TODAY, calendar, profiles))).as("case changed").isNull();
        assertThat(kept.get(7, new ComputedPerCase.Stamp(4, TODAY.plusDays(1), calendar, profiles))).as("new day").isNull();
        assertThat(kept.get(7, new ComputedPerCase.Stamp(4, TODAY, WorkingDayCalendar.shipped(), profiles)))
                .as("calendar reloaded").isNull();
        assertThat(kept.get(7, new ComputedPerCase.Stamp(4, TODAY, calendar,
                ProfileHistory.of(StandardProfiles.forCouncil(CouncilCode.READING))))).as("profiles reloaded").isNull();
        assertThat(kept.get(8, new ComputedPerCase.Stamp(4, TODAY, calendar, profiles))).as("another case").isNull();
    }

    @Test
    void pastItsSizeItStartsAfresh() {
        ComputedPerCase.Stamp stamp = new ComputedPerCase.Stamp(1, TODAY, calendar, profiles);
        for (long episode = 1; episode <= 4; episode++) {
            kept.put(episode, stamp, "case " + episode);
        }

        assertThat(kept.get(1, stamp)).isNull();
        assertThat(kept.get(4, stamp)).isEqualTo("case 4");
    }
}
