package org.cinplan.web.visits;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.visits.VisitForm;
import org.cinplan.visits.VisitRecording;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;

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
    private boolean childSeen = true;
    private boolean seenAlone;
    private String reasonNotSeenAlone;
    private LocalDate writtenUpOn;

    public void save() {
        VisitForm form = new VisitForm(visitDate, childSeen, seenAlone, reasonNotSeenAlone, writtenUpOn);
        Boolean saved = FacesMessages.orShowProblem(() -> {
            visits.record(caseView.getEpisodeId(), form);
            return Boolean.TRUE;
        });
        if (saved != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Visit recorded; the case's deadlines and alerts are up to date.", null));
            visitDate = null;
            seenAlone = false;
            reasonNotSeenAlone = null;
            writtenUpOn = null;
            caseView.load();
        }
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
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
