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

    /** How many proposals a page shows. */
    static final int PAGE_SIZE = 20;

    private List<ClosureProposalView> waiting;

    /** How many proposals wait in all (counted in the database). */
    private long total;

    /** The first proposal this page shows, counted from 0 (view parameter {@code from}). */
    private int from;

    /** The reason chosen, by proposal id: services ceased unless the manager chooses another. */
    private final Map<Long, String> reasons = new HashMap<>();

    /** What the manager wrote, by proposal id, for a proposal they return. */
    private final Map<Long, String> comments = new HashMap<>();

    /** Loads a page of the proposals (f:viewAction, and again after a decision): the page asked for, in the database. */
    public void load() {
        from = Math.max(0, from);
        Long counted = FacesMessages.orShowProblem(decisions::waitingOnMeCount);
        total = counted == null ? 0 : counted;
        if (from >= total && total > 0) {
            from = (int) ((total - 1) / PAGE_SIZE * PAGE_SIZE);
        }
        waiting = FacesMessages.orShowProblem(() -> decisions.waitingOnMe(from, PAGE_SIZE));
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

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public long getTotal() {
        return total;
    }

    /** Where the previous page starts, or -1 on the first page. */
    public int getPreviousFrom() {
        return from == 0 ? -1 : Math.max(0, from - PAGE_SIZE);
    }

    /** Where the next page starts, or -1 on the last page. */
    public int getNextFrom() {
        return from + PAGE_SIZE < total ? from + PAGE_SIZE : -1;
    }

    /** "Proposals 21 to 40 of 45". */
    public String getShowing() {
        return "Proposals " + (from + 1) + " to " + (from + (waiting == null ? 0 : waiting.size())) + " of " + total;
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
