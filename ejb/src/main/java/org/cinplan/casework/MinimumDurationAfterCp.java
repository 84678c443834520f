package org.cinplan.casework;

import jakarta.persistence.EntityManager;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.schedule.Dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * MIN_DURATION_AFTER_CP on one case: a plan after step-down from child protection stays open for the council's minimum
 * from the end of the child protection plan, unless a team or practice manager recorded a decision that it may close
 * earlier (BW outcomes, App. 2; SF 1). Read inside the caller's transaction.
 */
public final class MinimumDurationAfterCp {

    private final Episode episode;
    private final LocalDate openUntil;
    private final String minimum;
    private final CaseCheckpoint decision;

    private MinimumDurationAfterCp(Episode episode, LocalDate openUntil, String minimum, CaseCheckpoint decision) {
        this.episode = episode;
        this.openUntil = openUntil;
        this.minimum = minimum;
        this.decision = decision;
    }

    /** The rule on this case; empty when it does not apply (not a step-down case, or no minimum in the profile). */
    public static Optional<MinimumDurationAfterCp> of(EntityManager em, ScheduleCatalog catalog, Episode episode) {
        if (episode.type() != EpisodeType.STEP_DOWN_FROM_CP) {
            return Optional.empty();
        }
        LocalDate cpEnd = episode.childProtectionPlanEndDate();
        CouncilCode council = CouncilCode.valueOf(episode.child().family().council().code());
        Optional<RuleSetting> setting = catalog.profiles(council).effectiveOn(cpEnd).setting(RuleId.MIN_DURATION_AFTER_CP)
                .filter(RuleSetting::hasTimescale);
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        CaseCheckpoint decision = em.createQuery("select c from CaseCheckpoint c where c.episode = :e and c.kind = :kind"
                        + " order by c.recordedOn", CaseCheckpoint.class).setParameter("e", episode)
                .setParameter("kind", CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION).getResultList().stream()
                .findFirst().orElse(null);
        return Optional.of(new MinimumDurationAfterCp(episode,
                setting.get().timescale().dueFrom(cpEnd, catalog.calendar()).date(),
                setting.get().timescale().readable(), decision));
    }

    /** Whether the plan may close on this day: the minimum has passed, or a manager decided on or before it. */
    public boolean allowsClosureOn(LocalDate day) {
        return !day.isBefore(openUntil) || decision != null && !decision.recordedOn().isAfter(day);
    }

    /** Why the plan may not close on this day, for the worker who tried. */
    public String refusal(LocalDate day) {
        return "This plan followed a child protection plan that ended on " + Dates.full(episode.childProtectionPlanEndDate())
                + ", so it stays open until " + Dates.full(openUntil) + " (" + minimum + ", MIN_DURATION_AFTER_CP). Closing it on "
                + Dates.full(day) + " needs a team or practice manager's decision, made on or before that day, recorded on the"
                + " case first" + (decision == null ? "; none is recorded." : "; the one recorded is dated "
                + Dates.full(decision.recordedOn()) + ".");
    }

    /** The last day the plan must stay open to without a manager's decision. */
    public LocalDate openUntil() {
        return openUntil;
    }

    /** "3 months". */
    public String minimum() {
        return minimum;
    }

    /** The manager's decision that the plan may close early, or null. */
    public CaseCheckpoint decision() {
        return decision;
    }

}
