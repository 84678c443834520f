package org.cinplan.web.deadlines;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.BreakGlass;
import org.cinplan.casework.CaseAccessView;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.deadlines.CaseDeadlines;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A case's deadlines page: each deadline with its rule, status and the "why". A case the user may not open is
 * answered with 403 and why, and break-glass where it is on offer; the forms that change the case show only to
 * those who may change it.
 */
@Named
@ViewScoped
public class CaseDeadlinesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.UK);

    @Inject
    private DeadlineService deadlineService;

    @Inject
    private BreakGlass breakGlass;

    private Long episodeId;

    private CaseDeadlines caseDeadlines;

    private CaseAccessView access;

    private boolean breakGlassOffered;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (episodeId == null) {
            FacesMessages.error("No case was chosen: open a case from your caseload");
            return;
        }
        try {
            caseDeadlines = deadlineService.deadlinesOf(episodeId);
            access = breakGlass.accessTo(episodeId);
        } catch (RecordAccessDenied denied) {
            caseDeadlines = null;
            access = null;
            breakGlassOffered = denied.isBreakGlassOffered();
            FacesMessages.error(denied.getMessage());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public CaseDeadlines getCaseDeadlines() {
        return caseDeadlines;
    }

    /** Whether the user may record on this case (visits, meetings). */
    public boolean isEditable() {
        return access != null && access.isEditable();
    }

    /** Whether the user reads this case through break-glass. */
    public boolean isBreakGlass() {
        return access != null && access.isBreakGlass();
    }

    /** Until when (UK time) the user's break-glass access lasts. */
    public String getBreakGlassUntil() {
        return access == null || access.breakGlassUntil() == null ? null
                : access.breakGlassUntil().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Europe/London"))
                .format(UK_TIME);
    }

    /** Whether the user, refused, may open the case with break-glass. */
    public boolean isBreakGlassOffered() {
        return breakGlassOffered;
    }
}
