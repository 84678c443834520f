package org.cinplan.web.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.meetings.DistributionForm;
import org.cinplan.meetings.HeldMeetingView;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The meetings held on a case, with the forms that follow them: the minutes were sent (date and recipients), and a
 * child protection plan started after a step-up. What was typed stays on the form until it is saved.
 */
@Named
@ViewScoped
public class HeldMeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingRecording meetings;

    @Inject
    private CaseDeadlinesView caseView;

    @Inject
    private MeetingBookingsView bookingsView;

    private List<HeldMeetingView> held;
    private Boolean awaitsChildProtectionPlan;

    private Long distributedMeetingId;
    private LocalDate sentOn;
    private String recipients;

    private LocalDate cpPlanStartedOn;

    public void recordDistribution() {
        if (distributedMeetingId == null) {
            FacesMessages.error("Choose the meeting whose minutes were sent");
            return;
        }
        List<String> sentTo = recipients == null ? List.of()
                : Arrays.stream(recipients.split("\\R")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        long meetingId = distributedMeetingId;
        if (FacesMessages.orShowProblem(() -> meetings.distribute(meetingId, new DistributionForm(sentOn, sentTo))) != null) {
            info("The distribution of the minutes is recorded; the case's deadlines are up to date.");
            distributedMeetingId = null;
            sentOn = null;
            recipients = null;
            refresh();
            caseView.load();
        }
    }

    /** Emails the minutes to the people invited with an email address; the distribution is recorded once sent. */
    public void emailMinutes(long meetingId) {
        List<String> to = FacesMessages.orShowProblem(() -> meetings.emailMinutes(meetingId));
        if (to != null) {
            info("The minutes are being emailed to " + String.join(", ", to) + ". Their distribution is recorded as"
                    + " soon as the mail server has accepted them all; see Emails about this case.");
        }
    }

    public void recordChildProtectionPlanStart() {
        LocalDate startedOn = cpPlanStartedOn;
        Long episodeId = caseView.getEpisodeId();
        if (FacesMessages.orShowProblem(() -> {
            meetings.childProtectionPlanStarted(episodeId, startedOn);
            return Boolean.TRUE;
        }) != null) {
            info("The child protection plan started on " + startedOn.format(java.time.format.DateTimeFormatter
                    .ofPattern("dd/MM/yyyy")) + ": the CIN plan has ended.");
            cpPlanStartedOn = null;
            refresh();
            bookingsView.refresh();
            caseView.load();
        }
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** Drops what was read, so the next look sees another form's change (a meeting held). */
    public void refresh() {
        held = null;
        awaitsChildProtectionPlan = null;
    }

    public List<HeldMeetingView> getHeld() {
        if (held == null && caseView.getEpisodeId() != null) {
            held = FacesMessages.orShowProblem(() -> meetings.heldMeetings(caseView.getEpisodeId()));
        }
        return held == null ? List.of() : held;
    }

    public List<HeldMeetingView> getUndistributed() {
        return getHeld().stream().filter(m -> !m.isDistributed()).toList();
    }

    public boolean isAwaitingChildProtectionPlan() {
        if (awaitsChildProtectionPlan == null && caseView.getEpisodeId() != null) {
            awaitsChildProtectionPlan = FacesMessages.orShowProblem(
                    () -> meetings.awaitsChildProtectionPlan(caseView.getEpisodeId()));
        }
        return Boolean.TRUE.equals(awaitsChildProtectionPlan);
    }

    public Long getDistributedMeetingId() {
        return distributedMeetingId;
    }

    public void setDistributedMeetingId(Long distributedMeetingId) {
        this.distributedMeetingId = distributedMeetingId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public LocalDate getCpPlanStartedOn() {
        return cpPlanStartedOn;
    }

    public void setCpPlanStartedOn(LocalDate cpPlanStartedOn) {
        this.cpPlanStartedOn = cpPlanStartedOn;
    }
}
