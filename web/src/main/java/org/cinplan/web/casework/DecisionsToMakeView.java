package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.ClosureDecisions;
import org.cinplan.casework.ClosureProposalView;
import org.cinplan.casework.ClosureReason;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "Decisions to make": the team's proposals to close or step down a case, each agreed or returned (CLOSURE_APPROVED). */
@Named
@ViewScoped
public class DecisionsToMakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClosureDecisions decisions;

    private List<ClosureProposalView> waiting;

    /** The reason chosen, by proposal id: services ceased unless the manager chooses another. */
    private final Map<Long, String> reasons = new HashMap<>();

    /** What the manager wrote, by proposal id, for a proposal they return. */
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        waiting = FacesMessages.orShowProblem(decisions::waitingOnMe);
        if (waiting != null) {
            waiting.forEach(p -> reasons.putIfAbsent(p.id(), ClosureReason.RC7.name()));
        }
    }

    public void agree(ClosureProposalView proposal) {
        if (FacesMessages.done(() -> decisions.agree(proposal.id(), proposal.version(), reasons.get(proposal.id())),
                "Agreed: the case of " + proposal.childName() + " closed today.")) {
            load();
        }
    }

    public void giveBack(ClosureProposalView proposal) {
        if (FacesMessages.done(() -> decisions.returnWithComments(proposal.id(), proposal.version(),
                comments.get(proposal.id())), "Returned: the case of " + proposal.childName() + " stays open.")) {
            load();
        }
    }

    public List<ClosureProposalView> getWaiting() {
        return waiting;
    }

    public ClosureReason[] getReasonChoices() {
        return ClosureReason.values();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
