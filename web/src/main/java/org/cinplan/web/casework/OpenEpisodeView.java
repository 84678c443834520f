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
    private final NewChild newChild = new NewChild();
    private final EpisodeDecision decision = new EpisodeDecision();

    /** Loads the worker's children and families on the view's first request (f:viewAction). */
    public void load() {
        if (children == null) {
            children = FacesMessages.orShowProblem(opening::childrenToOpen);
            families = FacesMessages.orShowProblem(opening::myFamilies);
        }
    }

    /** Opens the episode and goes to the new case's page; on a refusal, stays with what was typed. */
    public String save() {
        Long episodeId = childId != null
                ? FacesMessages.orShowProblem(() -> opening.openForChild(childId, decision))
                : FacesMessages.orShowProblem(() -> opening.openForNewChild(newChild, decision));
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

    /** What the page binds to for a child new to cinplan. */
    public NewChild getNewChild() {
        return newChild;
    }

    /** What the page binds to: the decision that opens the episode. */
    public EpisodeDecision getDecision() {
        return decision;
    }

    /** Who may have referred the child: the DfE census's sources, in plain words. */
    public ReferralSource[] getReferralSources() {
        return ReferralSource.values();
    }
}
