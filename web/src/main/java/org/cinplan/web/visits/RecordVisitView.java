package org.cinplan.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.visits.VisitForm;
import org.cinplan.visits.VisitOf;
import org.cinplan.visits.VisitRecording;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** The "record a visit" form on a case's page. What was typed stays on the form until it is saved. */
@Named
@ViewScoped
public class RecordVisitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitRecording visits;

    @Inject
    private CaseDeadlinesView caseView;

    private LocalDate visitDate;
    private boolean announced = true;
    private boolean childSeen = true;
    private boolean seenAlone;
    private String reasonNotSeenAlone;
    private String peoplePresent;
    private String purpose;
    private String observations;
    private LocalDate writtenUpOn;
    private boolean faceToFace = true;
    private String visitedBy;
    private String visitorRole;
    private VisitOf visitOf = VisitOf.CHILD;
    private String personVisited;
    /** This rendering of the form; sent with it, so the same form sent twice records one visit. */
    private String submissionId = UUID.randomUUID().toString();

    public void save() {
        VisitForm form = new VisitForm(visitDate, announced, childSeen, seenAlone, reasonNotSeenAlone, peoplePresent,
                purpose, observations, writtenUpOn, faceToFace, visitedBy, visitorRole, visitOf, personVisited);
        String submission = submissionId;
        submissionId = UUID.randomUUID().toString();
        if (FacesMessages.done(() -> visits.record(caseView.getEpisodeId(), form, submission),
                "Visit recorded; the case's deadlines and alerts are up to date.")) {
            visitDate = null;
            announced = true;
            seenAlone = false;
            reasonNotSeenAlone = null;
            peoplePresent = null;
            purpose = null;
            observations = null;
            writtenUpOn = null;
            faceToFace = true;
            visitOf = VisitOf.CHILD;
            personVisited = null;
            caseView.load();
        }
    }

    /** Whom a visit may be to: the child first. */
    public VisitOf[] getVisitOfChoices() {
        return VisitOf.values();
    }

    public boolean isFaceToFace() {
        return faceToFace;
    }

    public void setFaceToFace(boolean faceToFace) {
        this.faceToFace = faceToFace;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public void setVisitedBy(String visitedBy) {
        this.visitedBy = visitedBy;
    }

    public String getVisitorRole() {
        return visitorRole;
    }

    public void setVisitorRole(String visitorRole) {
        this.visitorRole = visitorRole;
    }

    public VisitOf getVisitOf() {
        return visitOf;
    }

    public void setVisitOf(VisitOf visitOf) {
        this.visitOf = visitOf;
    }

    public String getPersonVisited() {
        return personVisited;
    }

    public void setPersonVisited(String personVisited) {
        this.personVisited = personVisited;
    }

    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public void setAnnounced(boolean announced) {
        this.announced = announced;
    }

    public String getPeoplePresent() {
        return peoplePresent;
    }

    public void setPeoplePresent(String peoplePresent) {
        this.peoplePresent = peoplePresent;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public boolean isChildSeen() {
        return childSeen;
    }

    public void setChildSeen(boolean childSeen) {
        this.childSeen = childSeen;
    }

    public boolean isSeenAlone() {
        return seenAlone;
    }

    public void setSeenAlone(boolean seenAlone) {
        this.seenAlone = seenAlone;
    }

    public String getReasonNotSeenAlone() {
        return reasonNotSeenAlone;
    }

    public void setReasonNotSeenAlone(String reasonNotSeenAlone) {
        this.reasonNotSeenAlone = reasonNotSeenAlone;
    }

    public LocalDate getWrittenUpOn() {
        return writtenUpOn;
    }

    public void setWrittenUpOn(LocalDate writtenUpOn) {
        this.writtenUpOn = writtenUpOn;
    }
}
