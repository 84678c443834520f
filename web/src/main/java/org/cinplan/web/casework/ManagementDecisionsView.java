package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.CheckpointAnswerForm;
import org.cinplan.casework.CheckpointForm;
import org.cinplan.casework.ManagementDecisions;
import org.cinplan.casework.ManagementDecisionsPage;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A case's management decisions page ({@code decisions.xhtml?episode=ID}): the checkpoints recorded, those still to
 * record and by whom, and (with {@code &record=KIND}) the form for one the user may record. What was typed stays on a
 * refusal.
 */
@Named
@ViewScoped
public class ManagementDecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ManagementDecisions decisions;

    private Long episodeId;
    private String record;
    private ManagementDecisionsPage page;

    private LocalDate decidedOn;
    private String decision;
    private String reasons;
    private String nextSteps;
    private String withStaff;

    private LocalDate answeredOn;
    private String answerDecision;
    private String answerReasons;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (episodeId == null) {
            FacesMessages.error("No case was chosen: open a case from your caseload");
            return;
        }
        page = FacesMessages.loadOrRefuse(() -> decisions.pageOf(episodeId));
    }

    public void save() {
        ManagementDecisionsPage.Option option = getOption();
        if (option == null) {
            FacesMessages.error("Choose a decision you may record from the list");
            return;
        }
        if (FacesMessages.done(() -> decisions.record(episodeId, new CheckpointForm(CheckpointKind.valueOf(option.kind()),
                decidedOn, decision, reasons, nextSteps, withStaff)), option.title() + " recorded.")) {
            record = null;
            decidedOn = null;
            decision = null;
            reasons = null;
            nextSteps = null;
            withStaff = null;
            page = decisions.pageOf(episodeId);
        }
    }

    public void answer() {
        ManagementDecisionsPage.Recorded check = getAwaitingAnswer();
        if (check == null) {
            FacesMessages.error("No nine-month check is waiting for your answer");
            return;
        }
        if (FacesMessages.done(() -> decisions.answer(check.id(), check.version(),
                new CheckpointAnswerForm(answeredOn, answerDecision, answerReasons)), "Your answer is recorded.")) {
            answeredOn = null;
            answerDecision = null;
            answerReasons = null;
            page = decisions.pageOf(episodeId);
        }
    }

    /** The checkpoint chosen to record ({@code record=KIND}), if the user may record it; else null. */
    public ManagementDecisionsPage.Option getOption() {
        if (page == null || record == null) {
            return null;
        }
        return page.mayRecord().stream().filter(o -> o.kind().equals(record)).findFirst().orElse(null);
    }

    /** The nine-month check waiting for the user's answer as practice manager, or null. */
    public ManagementDecisionsPage.Recorded getAwaitingAnswer() {
        return page == null ? null : page.recorded().stream().filter(ManagementDecisionsPage.Recorded::mayAnswer)
                .findFirst().orElse(null);
    }

    public ManagementDecisionsPage getPage() {
        return page;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public String getWithStaff() {
        return withStaff;
    }

    public void setWithStaff(String withStaff) {
        this.withStaff = withStaff;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getAnswerDecision() {
        return answerDecision;
    }

    public void setAnswerDecision(String answerDecision) {
        this.answerDecision = answerDecision;
    }

    public String getAnswerReasons() {
        return answerReasons;
    }

    public void setAnswerReasons(String answerReasons) {
        this.answerReasons = answerReasons;
    }
}
