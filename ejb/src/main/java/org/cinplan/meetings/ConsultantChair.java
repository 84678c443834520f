package org.cinplan.meetings;

import org.cinplan.admin.PolicyFamily;

import java.util.List;
import java.util.Optional;

/**
 * CONSULTANT_MAY_CHAIR_3RD (Suffolk 4.3): the allocated worker chairs reviews, but "it may be appropriate for the
 * Consultant Social Worker to chair the meeting if by the third review progression has not been made". A prompt, not a
 * rule on who chairs: it is offered for a Suffolk review that is the third or later when every review before it
 * recorded that the plan had not progressed (a review that did not say counts as not known, so no prompt).
 */
final class ConsultantChair {

    static final String PROMPT = "This is the third review or later and no review so far found the plan progressing:"
            + " a Consultant Social Worker may chair it (CONSULTANT_MAY_CHAIR_3RD, Suffolk 4.3).";

    private ConsultantChair() {
    }

    /**
     * The prompt for the next review of a case of this policy family, given whether each review held so far (in order)
     * found the plan progressed; empty when none applies.
     */
    static Optional<String> prompt(PolicyFamily family, List<Boolean> progressedAtEarlierReviews) {
        boolean third = progressedAtEarlierReviews.size() >= 2;
        boolean noProgress = progressedAtEarlierReviews.stream().allMatch(Boolean.FALSE::equals);
        return family == PolicyFamily.SUFFOLK && third && noProgress ? Optional.of(PROMPT) : Optional.empty();
    }
}
