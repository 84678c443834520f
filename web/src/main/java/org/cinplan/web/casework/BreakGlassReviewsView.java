package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.BreakGlass;
import org.cinplan.casework.BreakGlassReview;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The break-glass openings of the team's records that a manager has still to review (on the team alerts page). */
@Named
@ViewScoped
public class BreakGlassReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    @Inject
    private BreakGlass breakGlass;

    @Inject
    private ExternalContext externalContext;

    private List<BreakGlassReview> reviews;

    private boolean reviewer;

    @PostConstruct
    void load() {
        reviewer = breakGlass.callerReviews();
        reviews = reviewer ? breakGlass.awaitingReview() : List.of();
    }

    /** Team, practice and service managers review break-glass openings of their team's records. */
    public boolean isReviewer() {
        return reviewer;
    }

    /** Whether the signed-in manager opened this record themselves: someone else reviews it (SEPARATION_OF_DUTIES). */
    public boolean isOwnOpening(BreakGlassReview review) {
        return review.openedByUsername().equals(externalContext.getRemoteUser());
    }

    public void markReviewed(long id) {
        Boolean done = FacesMessages.orShowProblem(() -> {
            breakGlass.markReviewed(id);
            return Boolean.TRUE;
        });
        if (done != null) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, "Marked as reviewed.", null));
            load();
        }
    }

    /** A UTC time as UK local time, dd/mm/yyyy hh:mm. */
    public String ukTime(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Europe/London")).format(UK);
    }

    public List<BreakGlassReview> getReviews() {
        return reviews;
    }
}
