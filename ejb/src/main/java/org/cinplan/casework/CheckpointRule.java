package org.cinplan.casework;

import org.cinplan.platform.Role;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.RuleId;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.cinplan.platform.Role.PRACTICE_MANAGER;
import static org.cinplan.platform.Role.SOCIAL_WORKER;
import static org.cinplan.platform.Role.TEAM_MANAGER;

/**
 * What meets each management checkpoint (RULES.md v2, "What meets a checkpoint"): the rule it meets, who records it
 * (by role; the nine-month check by the allocated worker), where the policy says so, and the decisions it can record.
 * Pure: no container.
 */
public enum CheckpointRule {
    OVERSIGHT_6M(CheckpointKind.OVERSIGHT_6M, RuleId.OVERSIGHT_6M_12M, "Practice manager oversight at 6 months",
            "the case's practice manager", "Suffolk procedure 4.3", EnumSet.of(PRACTICE_MANAGER), Decision.OVERSIGHT),
    OVERSIGHT_12M(CheckpointKind.OVERSIGHT_12M, RuleId.OVERSIGHT_6M_12M, "Practice manager oversight at 12 months",
            "the case's practice manager", "Suffolk procedure 4.3", EnumSet.of(PRACTICE_MANAGER), Decision.OVERSIGHT),
    CONCLUSION_CHECK_9M(CheckpointKind.CONCLUSION_CHECK_9M, RuleId.CONCLUSION_CHECK_9M,
            "Nine-month check: will the plan conclude within 12 months?", "the allocated worker (then the practice"
            + " manager answers if it will not)", "Suffolk procedure 4.4", EnumSet.of(SOCIAL_WORKER), Decision.CONCLUSION),
    SO_EXTENSION_DECISION(CheckpointKind.SO_EXTENSION_DECISION, RuleId.SO_EXTENSION_9M,
            "Supervision order: seek an extension or let it lapse", "the case's practice manager", "Suffolk procedure 5.1",
            EnumSet.of(PRACTICE_MANAGER), Decision.SO_EXTENSION),
    SERVICE_MANAGER_REVIEW(CheckpointKind.SERVICE_MANAGER_REVIEW, RuleId.SERVICE_MANAGER_18M,
            "18-month review in supervision with the service manager", "the case's practice manager, with a service"
            + " manager", "Suffolk procedure 4.7", EnumSet.of(PRACTICE_MANAGER), Decision.SERVICE_MANAGER),
    CONTINUE_BEYOND_6M(CheckpointKind.CONTINUE_BEYOND_6M, RuleId.DURATION_6M,
            "Decision that the plan continues beyond 6 months", "a team or practice manager of the case's team",
            "Berkshire West guidance, 'To note'", EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER), Decision.CONTINUATION),
    EXCEPTIONAL_CIRCUMSTANCES(CheckpointKind.EXCEPTIONAL_CIRCUMSTANCES, RuleId.MAX_DURATION_12M,
            "Exceptional circumstances for a plan over 12 months", "the case's practice manager", "Suffolk procedure 4.5",
            EnumSet.of(PRACTICE_MANAGER), exceptionalCircumstances());

    /** A decision a checkpoint records, stored by its code. */
    public record Decision(String code, String label) {
        static final List<Decision> OVERSIGHT = List.of(new Decision("CONTINUE", "Continue the plan (risk assessment checked; say why)"),
                new Decision("CLOSE", "Close the case"), new Decision("STEP_UP", "Step up to child protection"));
        static final List<Decision> CONCLUSION = List.of(new Decision("WILL_CONCLUDE", "The plan will conclude within 12 months"),
                new Decision("WILL_NOT_CONCLUDE", "The plan will not conclude within 12 months: raise it with the practice manager"));
        static final List<Decision> SO_EXTENSION = List.of(new Decision("SEEK_EXTENSION", "Seek an extension of the supervision order"),
                new Decision("LET_LAPSE", "Let the supervision order lapse"));
        static final List<Decision> SERVICE_MANAGER = List.of(
                new Decision("SERVICE_MANAGER_ATTENDS", "Reviewed; the service manager attends the next review"),
                new Decision("SERVICE_MANAGER_NOT_ATTENDING", "Reviewed; the service manager does not attend the next review"));
        static final List<Decision> CONTINUATION = List.of(new Decision("CONTINUE", "The plan continues beyond 6 months"));
        /** The practice manager's answer to a nine-month check that says the plan will not conclude in time. */
        public static final List<Decision> CHILD_PROTECTION_ANSWER = List.of(
                new Decision("CP_NEEDED", "Child protection processes are needed"),
                new Decision("CP_NOT_NEEDED", "Child protection processes are not needed"));
    }

    private final CheckpointKind kind;
    private final RuleId rule;
    private final String title;
    private final String who;
    private final String source;
    private final Set<Role> roles;
    private final List<Decision> decisions;

    CheckpointRule(CheckpointKind kind, RuleId rule, String title, String who, String source, Set<Role> roles,
                   List<Decision> decisions) {
        this.kind = kind;
        this.rule = rule;
        this.title = title;
        this.who = who;
        this.source = source;
        this.roles = roles;
        this.decisions = decisions;
    }

    private static List<Decision> exceptionalCircumstances() {
        return Arrays.stream(ExceptionalCircumstance.values()).map(c -> new Decision(c.name(), c.label())).toList();
    }

    /** The rule for a checkpoint kind recorded on the decisions page; empty for the early-closure decision (case page). */
    public static Optional<CheckpointRule> of(CheckpointKind kind) {
        return Arrays.stream(values()).filter(r -> r.kind == kind).findFirst();
    }

    /** What a recorded checkpoint of this kind is called (every kind, the early-closure decision too). */
    public static String titleOf(CheckpointKind kind) {
        return of(kind).map(CheckpointRule::title)
                .orElse("Decision that a plan after child protection may close early");
    }

    /** The label of a decision code recorded on this kind, or the code itself if it is not one of its decisions. */
    public static String decisionLabel(CheckpointKind kind, String code) {
        if (code == null) {
            return null;
        }
        List<Decision> choices = kind == null ? Decision.CHILD_PROTECTION_ANSWER
                : of(kind).map(CheckpointRule::decisions).orElse(List.of());
        return choices.stream().filter(d -> d.code().equals(code)).map(Decision::label).findFirst().orElse(code);
    }

    /** Whether the case takes this checkpoint at all; null when it does, else why not (the engine's exceptions). */
    public String notForThisCase(EpisodeType type, boolean disabledChild, boolean disabledChildrensTeam) {
        boolean supervisionOrder = type == EpisodeType.SUPERVISION_ORDER;
        String why = switch (this) {
            case SO_EXTENSION_DECISION -> supervisionOrder ? null : "The extension decision is for supervision orders only";
            case CONCLUSION_CHECK_9M -> supervisionOrder ? "A supervision order has the nine-month extension decision instead" : null;
            case EXCEPTIONAL_CIRCUMSTANCES -> supervisionOrder ? "A supervision-order plan lasts for the duration of the order" : null;
            case CONTINUE_BEYOND_6M -> supervisionOrder || type == EpisodeType.SHORT_BREAKS || disabledChild
                    ? "Supervision orders, short-breaks plans and disabled children's plans are not expected to end within 6 months" : null;
            case SERVICE_MANAGER_REVIEW -> disabledChildrensTeam ? "Cases of the Disabled Children's Team are excepted" : null;
            default -> null;
        };
        return why == null ? null : why + " (" + rule.name() + ", " + source + ")";
    }

    /** Whether someone in these roles may record it (the nine-month check: also that they are the allocated worker). */
    public boolean mayBeRecordedBy(Set<Role> callerRoles, boolean allocatedWorker) {
        boolean inRole = callerRoles.stream().anyMatch(roles::contains);
        return this == CONCLUSION_CHECK_9M ? inRole && allocatedWorker : inRole;
    }

    /** The refusal for someone else, naming the rule. */
    public String refusal() {
        return "Only " + who + " records the " + title.toLowerCase(Locale.ROOT) + " (" + rule.name() + ", " + source + ")";
    }

    /** The decision with this code, or empty when this checkpoint does not record it. */
    public Optional<Decision> decision(String code) {
        return decisions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Whether the decision leaves the checkpoint waiting for the practice manager's answer. */
    public boolean awaitsAnswer(String decisionCode) {
        return this == CONCLUSION_CHECK_9M && "WILL_NOT_CONCLUDE".equals(decisionCode);
    }

    public CheckpointKind kind() {
        return kind;
    }

    public RuleId rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    public String who() {
        return who;
    }

    public String source() {
        return source;
    }

    public List<Decision> decisions() {
        return decisions;
    }
}
