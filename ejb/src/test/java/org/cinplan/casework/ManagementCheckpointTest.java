package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Management checkpoints: who records each (RULES.md v2, "What meets a checkpoint"), what each holds, when it is met. */
class ManagementCheckpointTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 1);

    private static Episode suffolkCase(EpisodeType type) {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        Child child = new Child(family, "SUF999996", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        return Episode.open(child, type, TODAY.minusMonths(10), TODAY.minusMonths(9).minusDays(10), "N1", false);
    }

    @Test
    void eachCheckpointIsRecordedByTheRoleItsRuleNames() {
        Set<Role> practiceManager = EnumSet.of(Role.PRACTICE_MANAGER);
        Set<Role> teamManager = EnumSet.of(Role.TEAM_MANAGER);
        Set<Role> socialWorker = EnumSet.of(Role.SOCIAL_WORKER);

        assertThat(CheckpointRule.OVERSIGHT_6M.mayBeRecordedBy(practiceManager, false)).isTrue();
        assertThat(CheckpointRule.OVERSIGHT_12M.mayBeRecordedBy(teamManager, false)).isFalse();
        assertThat(CheckpointRule.SO_EXTENSION_DECISION.mayBeRecordedBy(socialWorker, true)).isFalse();
        assertThat(CheckpointRule.SERVICE_MANAGER_REVIEW.mayBeRecordedBy(practiceManager, false)).isTrue();
        assertThat(CheckpointRule.EXCEPTIONAL_CIRCUMSTANCES.mayBeRecordedBy(EnumSet.of(Role.CONSULTANT_SOCIAL_WORKER), false))
                .isFalse();
        assertThat(CheckpointRule.CONTINUE_BEYOND_6M.mayBeRecordedBy(teamManager, false)).isTrue();
        assertThat(CheckpointRule.CONTINUE_BEYOND_6M.mayBeRecordedBy(practiceManager, false)).isTrue();
        assertThat(CheckpointRule.CONTINUE_BEYOND_6M.mayBeRecordedBy(socialWorker, true)).isFalse();
        assertThat(CheckpointRule.CONCLUSION_CHECK_9M.mayBeRecordedBy(socialWorker, true)).isTrue();
        assertThat(CheckpointRule.CONCLUSION_CHECK_9M.mayBeRecordedBy(socialWorker, false))
                .as("a social worker who is not the allocated worker").isFalse();
        assertThat(CheckpointRule.OVERSIGHT_6M.refusal())
                .isEqualTo("Only the case's practice manager records the practice manager oversight at 6 months"
                        + " (OVERSIGHT_6M_12M, Suffolk procedure 4.3)");
    }

    @Test
    void aCheckpointHoldsItsDateWhoDecisionReasonsAndNextStepsAndIsMetThatDay() {
        CaseCheckpoint oversight = CaseCheckpoint.record(suffolkCase(EpisodeType.STANDARD), CheckpointRule.OVERSIGHT_6M,
                TODAY.minusDays(3), TODAY, "pm.suffolk", "CONTINUE", " Risk assessment checked; progress on school ",
                " Review in 8 weeks ", null);

        assertThat(oversight.kind()).isEqualTo(CheckpointKind.OVERSIGHT_6M);
        assertThat(oversight.recordedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(oversight.recordedBy()).isEqualTo("pm.suffolk");
        assertThat(oversight.decision()).isEqualTo("CONTINUE");
        assertThat(oversight.note()).isEqualTo("Risk assessment checked; progress on school");
        assertThat(oversight.nextSteps()).isEqualTo("Review in 8 weeks");
        assertThat(oversight.metOn()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void aCheckpointIsRefusedWithoutReasonsNextStepsAKnownDecisionOrAPossibleDate() {
        Episode episode = suffolkCase(EpisodeType.STANDARD);
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, TODAY, TODAY, "pm", "CONTINUE",
                " ", "Next", null)).hasMessage("Give the reasons for the decision");
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, TODAY, TODAY, "pm", "CONTINUE",
                "Why", null, null)).hasMessage("Say what the next steps are");
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, TODAY, TODAY, "pm", "LET_LAPSE",
                "Why", "Next", null)).hasMessageContaining("Choose one of the decisions");
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, TODAY.plusDays(1), TODAY, "pm",
                "CONTINUE", "Why", "Next", null)).hasMessage("The date cannot be in the future");
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, episode.decisionDate().minusDays(1),
                TODAY, "pm", "CONTINUE", "Why", "Next", null)).hasMessage("The date cannot come before the CIN decision");
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.SERVICE_MANAGER_REVIEW, TODAY, TODAY, "pm",
                "SERVICE_MANAGER_ATTENDS", "Why", "Next", " ")).hasMessage("Choose the service manager the case was reviewed with");
        assertThatThrownBy(() -> CaseCheckpoint.record(episode, CheckpointRule.EXCEPTIONAL_CIRCUMSTANCES, TODAY, TODAY, "pm",
                "OTHER", "", "Next", null)).hasMessage("Say in words what the exceptional circumstances are");
    }

    @Test
    void aNineMonthCheckThatWillNotConcludeIsMetOnlyByThePracticeManagersAnswer() {
        CaseCheckpoint concludes = CaseCheckpoint.record(suffolkCase(EpisodeType.STANDARD), CheckpointRule.CONCLUSION_CHECK_9M,
                TODAY, TODAY, "sw.suffolk", "WILL_CONCLUDE", "Targets nearly met", "Close at the next review", null);
        assertThat(concludes.metOn()).isEqualTo(TODAY);
        assertThat(concludes.isAwaitingAnswer()).isFalse();

        CaseCheckpoint raised = CaseCheckpoint.record(suffolkCase(EpisodeType.STANDARD), CheckpointRule.CONCLUSION_CHECK_9M,
                TODAY.minusDays(5), TODAY, "sw.suffolk", "WILL_NOT_CONCLUDE", "Housing unresolved", "Raise with PM", null);
        assertThat(raised.metOn()).isNull();
        assertThat(raised.isAwaitingAnswer()).isTrue();
        assertThatThrownBy(() -> raised.answer(TODAY.minusDays(6), TODAY, "pm.suffolk", "CP_NOT_NEEDED", "Why"))
                .hasMessage("The date cannot come before the check");
        assertThatThrownBy(() -> raised.answer(TODAY, TODAY, "pm.suffolk", "CONTINUE", "Why"))
                .hasMessage("Say whether child protection processes are needed");

        raised.answer(TODAY, TODAY, "pm.suffolk", "CP_NOT_NEEDED", "Needs are housing, not harm");

        assertThat(raised.metOn()).isEqualTo(TODAY);
        assertThat(raised.answeredBy()).isEqualTo("pm.suffolk");
        assertThat(raised.isAwaitingAnswer()).isFalse();
        assertThatThrownBy(() -> raised.answer(TODAY, TODAY, "pm.suffolk", "CP_NEEDED", "Again"))
                .hasMessage("This check is not waiting for a practice manager's answer");
    }

    @Test
    void aCaseTakesOnlyTheCheckpointsOfItsKind() {
        assertThat(CheckpointRule.SO_EXTENSION_DECISION.notForThisCase(EpisodeType.STANDARD, false, false))
                .contains("SO_EXTENSION_9M");
        assertThat(CheckpointRule.SO_EXTENSION_DECISION.notForThisCase(EpisodeType.SUPERVISION_ORDER, false, false)).isNull();
        assertThat(CheckpointRule.CONCLUSION_CHECK_9M.notForThisCase(EpisodeType.SUPERVISION_ORDER, false, false))
                .contains("extension decision instead");
        assertThat(CheckpointRule.CONTINUE_BEYOND_6M.notForThisCase(EpisodeType.STANDARD, true, false)).contains("DURATION_6M");
        assertThat(CheckpointRule.SERVICE_MANAGER_REVIEW.notForThisCase(EpisodeType.STANDARD, false, true))
                .contains("Disabled Children's Team");
        assertThat(CheckpointRule.OVERSIGHT_6M.notForThisCase(EpisodeType.STANDARD, false, false)).isNull();
    }

    @Test
    void aClosedCaseTakesNoCheckpoint() {
        Episode closed = suffolkCase(EpisodeType.STANDARD);
        closed.close(TODAY.minusDays(1), "RC1", TODAY.atTime(9, 0));
        assertThatThrownBy(() -> CaseCheckpoint.record(closed, CheckpointRule.OVERSIGHT_12M, TODAY, TODAY, "pm", "CONTINUE",
                "Why", "Next", null)).hasMessageContaining("The case has closed");
    }
}
