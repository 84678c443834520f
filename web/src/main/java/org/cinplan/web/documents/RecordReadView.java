package org.cinplan.web.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.documents.RecordReading;
import org.cinplan.documents.RecordText;
import org.cinplan.web.FacesMessages;

/**
 * A record read back on its own page ({@code record.xhtml?visit=ID}, {@code ?meeting=ID}, {@code ?planVersion=ID},
 * {@code ?decision=ID}), reached from the child's timeline: exactly what was recorded, who and when, printable. A
 * record the reader may not open is refused as the case page refuses it (403), and the read is audited by the service.
 */
@Named
@RequestScoped
public class RecordReadView {

    @Inject
    private RecordReading reading;

    private Long visit;
    private Long meeting;
    private Long planVersion;
    private Long decision;
    private RecordText record;

    /** Loads on the page's request (f:viewAction). */
    public void load() {
        if (visit != null) {
            record = FacesMessages.loadOrRefuse(() -> reading.visit(visit));
        } else if (meeting != null) {
            record = FacesMessages.loadOrRefuse(() -> reading.minutes(meeting));
        } else if (planVersion != null) {
            record = FacesMessages.loadOrRefuse(() -> reading.planVersion(planVersion));
        } else if (decision != null) {
            record = FacesMessages.loadOrRefuse(() -> reading.decision(decision));
        } else {
            FacesMessages.error("No record was chosen: open one from the child's timeline");
        }
    }

    public RecordText getRecord() {
        return record;
    }

    public Long getVisit() {
        return visit;
    }

    public void setVisit(Long visit) {
        this.visit = visit;
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }

    public Long getPlanVersion() {
        return planVersion;
    }

    public void setPlanVersion(Long planVersion) {
        this.planVersion = planVersion;
    }

    public Long getDecision() {
        return decision;
    }

    public void setDecision(Long decision) {
        this.decision = decision;
    }
}
