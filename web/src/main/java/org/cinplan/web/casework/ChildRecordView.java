package org.cinplan.web.casework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.ChildCharacteristics;
import org.cinplan.casework.ChildRecord;
import org.cinplan.casework.ChildRecordService;
import org.cinplan.casework.Disability;
import org.cinplan.casework.Ethnicity;
import org.cinplan.casework.Sex;
import org.cinplan.deadlines.CaseDeadlines;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.returns.CensusCodes;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The child record page: identity and census characteristics (with an edit form for those who may change them),
 * household, episodes, timeline, and the current episode's deadlines. What was typed stays on the form on any error.
 */
@Named
@ViewScoped
public class ChildRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChildRecordService childRecords;

    @Inject
    private DeadlineService deadlineService;

    private Long childId;
    private ChildRecord record;
    private CaseDeadlines deadlines;

    /** What the edit form binds to: a copy of the recorded details, so the page shows what is recorded until saved. */
    private ChildCharacteristics details;

    /** Loads on the view's first request (f:viewAction), and again after a save. */
    public void load() {
        if (childId == null) {
            FacesMessages.error("No child was chosen: open a child from your caseload");
            return;
        }
        record = FacesMessages.loadOrRefuse(() -> childRecords.record(childId));
        if (record == null) {
            return;
        }
        deadlines = record.currentEpisodeId() == null ? null
                : FacesMessages.orShowProblem(() -> deadlineService.deadlinesOf(record.currentEpisodeId()));
        details = record.characteristics().copy();
    }

    public void save() {
        Boolean saved = FacesMessages.orShowProblem(() -> {
            childRecords.updateCharacteristics(childId, details);
            return Boolean.TRUE;
        });
        if (saved != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "The child's details are saved; the case's deadlines are up to date.", null));
            load();
        }
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public Ethnicity[] getEthnicities() {
        return Ethnicity.values();
    }

    public Disability[] getDisabilityChoices() {
        return Disability.values();
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public ChildRecord getRecord() {
        return record;
    }

    public ChildCharacteristics getDetails() {
        return details;
    }

    /** The disabilities chosen are census codes: the form's set holds them as such. */
    public Converter<?> getDisabilityConverter() {
        return new EnumConverter(Disability.class);
    }

    public CaseDeadlines getDeadlines() {
        return deadlines;
    }

    /**
     * The census's reasons for no UPN, as "UN2: Child has never attended...". A code stored before there was a list
     * (typed, UN8 to UN10) is offered too, so that saving the record never drops it unseen.
     */
    public Map<String, String> getUpnReasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        CensusCodes.UPN_UNKNOWN_REASONS.forEach((code, meaning) -> reasons.put(meaning + " (" + code + ")", code));
        String upnUnknown = details == null ? null : details.getUpnUnknown();
        if (upnUnknown != null && !CensusCodes.UPN_UNKNOWN_REASONS.containsKey(upnUnknown)) {
            reasons.put(upnUnknown + " (recorded earlier; not a census reason)", upnUnknown);
        }
        return reasons;
    }

    /** A reason for no UPN in words, with its code. */
    public String upnReasonWords(String code) {
        String meaning = CensusCodes.UPN_UNKNOWN_REASONS.get(code);
        return meaning == null ? code : meaning + " (" + code + ")";
    }

}
