package org.cinplan.web.profiles;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.profiles.CouncilProfiles;
import org.cinplan.profiles.ProfileAdministration;
import org.cinplan.profiles.ProfileChange;
import org.cinplan.profiles.ProfilePreview;
import org.cinplan.profiles.ProfileSaved;
import org.cinplan.profiles.RuleValue;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.Timescale;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The councils and policy profiles page: administrators read every version of every council's values, propose new
 * timescales from a date, preview what that does to the open cases, and save exactly what they previewed.
 */
@Named
@ViewScoped
public class ProfileAdministrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private ProfileAdministration profiles;

    @Inject
    private transient Clock clock;

    private List<CouncilProfiles> councils;
    private CouncilCode council;
    private int basedOnVersion;
    private LocalDate effectiveFrom;
    private List<RuleEdit> edits = List.of();
    private String note;
    private ProfilePreview preview;
    /** The change the preview shows (without its note): only that change can be saved. */
    private ProfileChange previewed;

    @PostConstruct
    void load() {
        councils = profiles.councils();
        effectiveFrom = LocalDate.now(clock);
    }

    /** A council was chosen: its latest values become the starting point of the change. */
    public void councilChosen() {
        preview = null;
        previewed = null;
        edits = councils.stream().filter(c -> council != null && c.councilCode().equals(council.name())).findFirst()
                .map(this::editsOf).orElse(List.of());
    }

    public void previewChange() {
        ProfileChange change = change(null);
        preview = FacesMessages.orShowProblem(() -> profiles.preview(change));
        previewed = preview == null ? null : change;
    }

    public void save() {
        if (preview == null || !change(null).equals(previewed)) {
            preview = null;
            previewed = null;
            FacesMessages.error("The values or the date changed since the preview: preview the change again before saving it.");
            return;
        }
        ProfileChange change = change(note);
        ProfileSaved saved = FacesMessages.orShowProblem(() -> profiles.save(change));
        if (saved != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Saved " + saved.councilName() + "'s version " + saved.version() + ", in force from "
                            + UK_DATE.format(saved.effectiveFrom()) + ". Alerts of its open cases were recomputed (run "
                            + saved.recomputeRunId() + ").", null));
            councils = profiles.councils();
            note = null;
            councilChosen();
        }
    }

    private ProfileChange change(String withNote) {
        Map<RuleId, Timescale> timescales = new EnumMap<>(RuleId.class);
        for (RuleEdit edit : edits) {
            if (edit.isChanged()) {
                timescales.put(edit.getRule(), edit.timescale());
            }
        }
        return new ProfileChange(council, basedOnVersion, effectiveFrom, timescales, withNote);
    }

    private List<RuleEdit> editsOf(CouncilProfiles chosen) {
        basedOnVersion = chosen.latest().version();
        List<RuleEdit> rows = new ArrayList<>();
        for (RuleValue value : chosen.latest().rules()) {
            if (value.isEditable()) {
                rows.add(new RuleEdit(RuleId.valueOf(value.ruleId()), value.value(), value.amount(), value.unit()));
            }
        }
        return rows;
    }

    public List<CouncilProfiles> getCouncils() {
        return councils;
    }

    public List<CouncilCode> getCouncilCodes() {
        return List.of(CouncilCode.values());
    }

    public List<PeriodUnit> getUnits() {
        return List.of(PeriodUnit.values());
    }

    public CouncilCode getCouncil() {
        return council;
    }

    public void setCouncil(CouncilCode council) {
        this.council = council;
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public List<RuleEdit> getEdits() {
        return edits;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ProfilePreview getPreview() {
        return preview;
    }

    /** One editable rule: its value in force, and the amount and unit the administrator proposes. */
    public static final class RuleEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RuleId rule;
        private final String inForce;
        private final int currentAmount;
        private final PeriodUnit currentUnit;
        private Integer amount;
        private PeriodUnit unit;

        RuleEdit(RuleId rule, String inForce, int amount, PeriodUnit unit) {
            this.rule = rule;
            this.inForce = inForce;
            this.currentAmount = amount;
            this.currentUnit = unit;
            this.amount = amount;
            this.unit = unit;
        }

        boolean isChanged() {
            return !Objects.equals(amount, currentAmount) || unit != currentUnit;
        }

        /** The proposed timescale; null when the amount or unit is missing (the service says so). */
        Timescale timescale() {
            return amount == null || unit == null || amount <= 0 ? null : new Timescale(amount, unit);
        }

        public RuleId getRule() {
            return rule;
        }

        public String getInForce() {
            return inForce;
        }

        public Integer getAmount() {
            return amount;
        }

        public void setAmount(Integer amount) {
            this.amount = amount;
        }

        public PeriodUnit getUnit() {
            return unit;
        }

        public void setUnit(PeriodUnit unit) {
            this.unit = unit;
        }
    }
}
