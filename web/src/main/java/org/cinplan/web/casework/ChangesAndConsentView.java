package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.ChangesAndConsent;
import org.cinplan.casework.ChangesAndConsentPage;
import org.cinplan.casework.ConsentKind;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A case's significant changes and the family's consent ({@code changes.xhtml?episode=ID}): record a change (Suffolk:
 * an early review is then due) and consent given, refused or withdrawn. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class ChangesAndConsentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChangesAndConsent service;

    private Long episodeId;
    private ChangesAndConsentPage page;

    private LocalDate changedOn;
    private String description;

    private ConsentKind kind;
    private LocalDate givenOn;
    private String givenBy;
    private String note;
    private String escalatedTo;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (episodeId == null) {
            FacesMessages.error("No case was chosen: open a case from your caseload");
            return;
        }
        page = FacesMessages.loadOrRefuse(() -> service.pageOf(episodeId));
    }

    public void recordChange() {
        if (FacesMessages.done(() -> service.recordChange(episodeId, changedOn, description),
                "Significant change recorded.")) {
            changedOn = null;
            description = null;
            page = service.pageOf(episodeId);
        }
    }

    public void recordConsent() {
        if (FacesMessages.done(() -> service.recordConsent(episodeId, kind, givenOn, givenBy, note, escalatedTo),
                "Consent recorded.")) {
            kind = null;
            givenOn = null;
            givenBy = null;
            note = null;
            escalatedTo = null;
            page = service.pageOf(episodeId);
        }
    }

    public ConsentKind[] getKinds() {
        return ConsentKind.values();
    }

    public ChangesAndConsentPage getPage() {
        return page;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public void setKind(ConsentKind kind) {
        this.kind = kind;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEscalatedTo() {
        return escalatedTo;
    }

    public void setEscalatedTo(String escalatedTo) {
        this.escalatedTo = escalatedTo;
    }
}
