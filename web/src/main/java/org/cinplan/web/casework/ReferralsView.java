package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.ReferralDecision;
import org.cinplan.casework.ReferralForm;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.Referrals;
import org.cinplan.casework.ReferralsPage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A child's referrals ({@code referrals.xhtml?child=ID}): record one (it joins the child's open case when there is
 * one) and what was decided on it. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class ReferralsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Referrals referrals;

    private Long childId;
    private ReferralsPage page;

    private LocalDate receivedOn;
    private ReferralSource source;
    private String primaryNeed;
    private String summary;
    private Long chosen;
    private ReferralDecision decision;
    private LocalDate decidedOn;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (childId == null) {
            FacesMessages.error("No child was chosen: open a child's record from your caseload");
            return;
        }
        page = FacesMessages.loadOrRefuse(() -> referrals.pageOf(childId));
    }

    public void receive() {
        if (FacesMessages.done(() -> referrals.receive(childId, new ReferralForm(receivedOn, source, primaryNeed, summary)),
                page.openEpisodeId() == null ? "Referral recorded: record what was decided below."
                        : "Referral recorded: it joins the child's open case.")) {
            receivedOn = null;
            source = null;
            primaryNeed = null;
            summary = null;
            reload();
        }
    }

    public void decide() {
        ReferralsPage.Row row = page == null || chosen == null ? null
                : page.referrals().stream().filter(r -> r.id() == chosen).findFirst().orElse(null);
        if (FacesMessages.done(() -> referrals.decide(row == null ? null : row.id(), row == null ? 0 : row.version(),
                decision, decidedOn), decision == ReferralDecision.NO_FURTHER_ACTION
                ? "Decision recorded: the referral closed with no further action." : "Decision recorded.")) {
            chosen = null;
            decision = null;
            decidedOn = null;
            reload();
        }
    }

    private void reload() {
        page = referrals.pageOf(childId);
    }

    /** The referrals not decided yet. */
    public List<ReferralsPage.Row> getUndecided() {
        return page == null ? List.of() : page.referrals().stream().filter(ReferralsPage.Row::isUndecided).toList();
    }

    public ReferralSource[] getSources() {
        return ReferralSource.values();
    }

    public ReferralDecision[] getDecisions() {
        return ReferralDecision.values();
    }

    /** N0 to N9. */
    public List<String> getNeeds() {
        return IntStream.rangeClosed(0, 9).mapToObj(n -> "N" + n).toList();
    }

    public ReferralsPage getPage() {
        return page;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ReferralSource getSource() {
        return source;
    }

    public void setSource(ReferralSource source) {
        this.source = source;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public void setPrimaryNeed(String primaryNeed) {
        this.primaryNeed = primaryNeed;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }

    public ReferralDecision getDecision() {
        return decision;
    }

    public void setDecision(ReferralDecision decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
