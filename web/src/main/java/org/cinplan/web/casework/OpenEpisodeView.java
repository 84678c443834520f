package org.cinplan.web.casework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.EpisodeDecision;
import org.cinplan.casework.EpisodeOpening;
import org.cinplan.casework.Ethnicity;
import org.cinplan.casework.FamilyChoice;
import org.cinplan.casework.NewChild;
import org.cinplan.casework.OpenableChild;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.Sex;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "open a CIN episode" page: for a child on the worker's caseload whose last episode is closed, or for a child new
 * to cinplan. What was typed stays on the page until the episode is saved; then the new case's page opens.
 */
@Named
@ViewScoped
public class OpenEpisodeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The DfE primary need codes (Children in Need census). */
    private static final Map<String, String> NEED_CODES = new LinkedHashMap<>();

    static {
        NEED_CODES.put("N1", "N1 Abuse or neglect");
        NEED_CODES.put("N2", "N2 Child's disability or illness");
        NEED_CODES.put("N3", "N3 Parental disability or illness");
        NEED_CODES.put("N4", "N4 Family in acute stress");
        NEED_CODES.put("N5", "N5 Family dysfunction");
        NEED_CODES.put("N6", "N6 Socially unacceptable behaviour");
        NEED_CODES.put("N7", "N7 Low income");
        NEED_CODES.put("N8", "N8 Absent parenting");
        NEED_CODES.put("N9", "N9 Cases other than children in need");
        NEED_CODES.put("N0", "N0 Not stated");
    }

    @Inject
    private EpisodeOpening opening;

    private List<OpenableChild> children;
    private List<FamilyChoice> families;

    /** The child on the caseload; null for a child new to cinplan. */
    private Long childId;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String ethnicity;
    private boolean disabled;
    /** The worker's family the new child joins; null for a new family. */
    private Long familyId;
    private String newFamilyName;

    private EpisodeType type = EpisodeType.STANDARD;
    private LocalDate referralDate;
    private LocalDate decisionDate;
    private LocalDate cpPlanEndDate;
    private String primaryNeedCode;
    private ReferralSource referralSource;
    private boolean disabledChildrensTeam;
    private ExceptionalCircumstance exceptionalCircumstance;
    private LocalDate exceptionalRecordedOn;
    private String exceptionalDetail;

    /** Loads the worker's children and families on the view's first request (f:viewAction). */
    public void load() {
        if (children == null) {
            children = FacesMessages.orShowProblem(opening::childrenToOpen);
            families = FacesMessages.orShowProblem(opening::myFamilies);
        }
    }

    /** Opens the episode and goes to the new case's page; on a refusal, stays with what was typed. */
    public String save() {
        EpisodeDecision decision = new EpisodeDecision(type, referralDate, decisionDate, cpPlanEndDate, primaryNeedCode,
                referralSource, disabledChildrensTeam, exceptionalCircumstance, exceptionalRecordedOn, exceptionalDetail);
        Long episodeId;
        if (childId != null) {
            episodeId = FacesMessages.orShowProblem(() -> opening.openForChild(childId, decision));
        } else {
            NewChild child = new NewChild(givenName, familyName, dateOfBirth, sex, ethnicity, disabled, familyId, newFamilyName);
            episodeId = FacesMessages.orShowProblem(() -> opening.openForNewChild(child, decision));
        }
        if (episodeId == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Episode opened; its deadlines and alerts are up to date.", null));
        return "/case?faces-redirect=true&episode=" + episodeId;
    }

    public List<OpenableChild> getChildren() {
        return children == null ? List.of() : children;
    }

    public List<FamilyChoice> getFamilies() {
        return families == null ? List.of() : families;
    }

    public EpisodeType[] getEpisodeTypes() {
        return EpisodeType.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public ExceptionalCircumstance[] getCircumstances() {
        // Another reason needs its words, which the management decisions page records (MAX_DURATION_12M).
        return Arrays.stream(ExceptionalCircumstance.values()).filter(c -> c != ExceptionalCircumstance.OTHER)
                .toArray(ExceptionalCircumstance[]::new);
    }

    public Map<String, String> getNeedCodes() {
        return NEED_CODES;
    }

    public Ethnicity[] getEthnicities() {
        return Ethnicity.values();
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
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

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public String getNewFamilyName() {
        return newFamilyName;
    }

    public void setNewFamilyName(String newFamilyName) {
        this.newFamilyName = newFamilyName;
    }

    public EpisodeType getType() {
        return type;
    }

    public void setType(EpisodeType type) {
        this.type = type;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public LocalDate getCpPlanEndDate() {
        return cpPlanEndDate;
    }

    public void setCpPlanEndDate(LocalDate cpPlanEndDate) {
        this.cpPlanEndDate = cpPlanEndDate;
    }

    /** Who may have referred the child: the DfE census's sources, in plain words. */
    public ReferralSource[] getReferralSources() {
        return ReferralSource.values();
    }

    public ReferralSource getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(ReferralSource referralSource) {
        this.referralSource = referralSource;
    }

    public String getPrimaryNeedCode() {
        return primaryNeedCode;
    }

    public void setPrimaryNeedCode(String primaryNeedCode) {
        this.primaryNeedCode = primaryNeedCode;
    }

    public boolean isDisabledChildrensTeam() {
        return disabledChildrensTeam;
    }

    public void setDisabledChildrensTeam(boolean disabledChildrensTeam) {
        this.disabledChildrensTeam = disabledChildrensTeam;
    }

    public ExceptionalCircumstance getExceptionalCircumstance() {
        return exceptionalCircumstance;
    }

    public void setExceptionalCircumstance(ExceptionalCircumstance exceptionalCircumstance) {
        this.exceptionalCircumstance = exceptionalCircumstance;
    }

    public LocalDate getExceptionalRecordedOn() {
        return exceptionalRecordedOn;
    }

    public void setExceptionalRecordedOn(LocalDate exceptionalRecordedOn) {
        this.exceptionalRecordedOn = exceptionalRecordedOn;
    }

    public String getExceptionalDetail() {
        return exceptionalDetail;
    }

    public void setExceptionalDetail(String exceptionalDetail) {
        this.exceptionalDetail = exceptionalDetail;
    }
}
