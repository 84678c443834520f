package org.cinplan.web.casework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private LocalDate expectedBirthDate;
    private Sex sex;
    private String ethnicity;
    private String upn;
    private String formerUpn;
    private String upnUnknown;
    private Disability[] disabilities = new Disability[0];
    private LocalDate deathDate;
    private int version;

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
        fillForm(record.characteristics());
    }

    private void fillForm(ChildCharacteristics c) {
        givenName = c.givenName();
        familyName = c.familyName();
        dateOfBirth = c.dateOfBirth();
        expectedBirthDate = c.expectedBirthDate();
        sex = c.sex();
        ethnicity = c.ethnicity();
        upn = c.upn();
        formerUpn = c.formerUpn();
        upnUnknown = c.upnUnknown();
        disabilities = c.disabilities().toArray(Disability[]::new);
        deathDate = c.deathDate();
        version = c.version();
    }

    public void save() {
        ChildCharacteristics details = new ChildCharacteristics(givenName, familyName, dateOfBirth, expectedBirthDate,
                sex, ethnicity, upn, formerUpn, upnUnknown, Set.of(disabilities), deathDate, version);
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

    public CaseDeadlines getDeadlines() {
        return deadlines;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public LocalDate getExpectedBirthDate() {
        return expectedBirthDate;
    }

    public void setExpectedBirthDate(LocalDate expectedBirthDate) {
        this.expectedBirthDate = expectedBirthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getFormerUpn() {
        return formerUpn;
    }

    public void setFormerUpn(String formerUpn) {
        this.formerUpn = formerUpn;
    }

    /**
     * The census's reasons for no UPN, as "UN2: Child has never attended...". A code stored before there was a list
     * (typed, UN8 to UN10) is offered too, so that saving the record never drops it unseen.
     */
    public Map<String, String> getUpnReasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        CensusCodes.UPN_UNKNOWN_REASONS.forEach((code, meaning) -> reasons.put(meaning + " (" + code + ")", code));
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

    public String getUpnUnknown() {
        return upnUnknown;
    }

    public void setUpnUnknown(String upnUnknown) {
        this.upnUnknown = upnUnknown;
    }

    public Disability[] getDisabilities() {
        return disabilities.clone();
    }

    public void setDisabilities(Disability[] disabilities) {
        this.disabilities = disabilities == null ? new Disability[0] : disabilities.clone();
    }

    public LocalDate getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(LocalDate deathDate) {
        this.deathDate = deathDate;
    }
}
