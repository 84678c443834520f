package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CLOSURE_APPROVED: a review proposes, a manager agrees (the case closes that day) or returns it with comments. */
class ClosureProposalTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private static Episode openCase() {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        Child child = new Child(family, "SUF999993", "Bo", "Test", LocalDate.of(2016, 4, 1), Sex.M, "WBRI", false);
        return Episode.open(child, EpisodeType.STANDARD, TODAY.minusDays(200), TODAY.minusDays(190), "N1", false);
    }

    @Test
    void theCaseStaysOpenUntilAManagerAgreesAndThenClosesOnTheDayOfTheAgreement() {
        Episode episode = openCase();
        ClosureProposal proposal = ClosureProposal.propose(episode, 7L, false, TODAY.minusDays(5), "sw.test");

        assertThat(episode.isClosed()).isFalse();
        assertThat(proposal.state()).isEqualTo(ClosureProposal.State.PROPOSED);

        proposal.agree("pm.test", TODAY, "RC7", NOW);

        assertThat(episode.isClosed()).isTrue();
        assertThat(episode.closureDate()).isEqualTo(TODAY);
        assertThat(episode.closureReason()).isEqualTo("RC7");
        assertThat(proposal.state()).isEqualTo(ClosureProposal.State.AGREED);
        assertThat(proposal.decidedBy()).isEqualTo("pm.test");
    }

    @Test
    void whoProposedDoesNotAgreeAndAReasonForClosureIsOneOfTheDfesCodes() {
        ClosureProposal proposal = ClosureProposal.propose(openCase(), 7L, true, TODAY, "csw.test");

        assertThatThrownBy(() -> proposal.agree("csw.test", TODAY, "RC7", NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("CLOSURE_APPROVED")
                .extracting("rule").isEqualTo("CLOSURE_APPROVED");
        assertThatThrownBy(() -> proposal.agree("pm.test", TODAY, "RC10", NOW)).hasMessageContaining("RC1 to RC9");
        assertThat(proposal.state()).isEqualTo(ClosureProposal.State.PROPOSED);
    }

    @Test
    void aReturnedProposalSaysWhyLeavesTheCaseOpenAndIsDecidedOnce() {
        Episode episode = openCase();
        ClosureProposal proposal = ClosureProposal.propose(episode, null, false, TODAY, "sw.test");

        assertThatThrownBy(() -> proposal.returnWithComments("tm.test", " ", NOW))
                .hasMessageContaining("Say why the case should not close yet");
        proposal.returnWithComments("tm.test", "School attendance not yet settled", NOW);

        assertThat(episode.isClosed()).isFalse();
        assertThat(proposal.state()).isEqualTo(ClosureProposal.State.RETURNED);
        assertThat(proposal.comments()).isEqualTo("School attendance not yet settled");
        assertThatThrownBy(() -> proposal.agree("tm.test", TODAY, "RC7", NOW)).hasMessageContaining("already decided");
    }

    @Test
    void aClosedCaseCannotBeProposedForClosure() {
        Episode episode = openCase();
        episode.close(TODAY.minusDays(1), "RC7", NOW);

        assertThatThrownBy(() -> ClosureProposal.propose(episode, null, false, TODAY, "sw.test"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("closed already");
    }
}
