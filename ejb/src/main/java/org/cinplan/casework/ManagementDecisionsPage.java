package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's management checkpoints as the decisions page shows them: what is recorded, what is still to record and by
 * whom, and the checkpoints the caller may record now.
 */
public record ManagementDecisionsPage(long episodeId, long childId, String childName, String council, String episodeType,
                                      boolean closed, List<Recorded> recorded, List<Outstanding> outstanding,
                                      List<Option> mayRecord, List<Choice> serviceManagers) implements Serializable {

    /** A recorded checkpoint; {@code mayAnswer}: the caller may give the practice manager's answer it waits for. */
    public record Recorded(long id, int version, String kind, String title, String ruleId, LocalDate recordedOn,
                           String recordedBy, String decision, String reasons, String nextSteps, String withStaff,
                           boolean awaitingAnswer, String answerDecision, String answer, String answeredBy,
                           LocalDate answeredOn, boolean mayAnswer) implements Serializable {
    }

    /** A checkpoint the case takes that nobody has recorded yet, and who records it. */
    public record Outstanding(String title, String ruleId, String who) implements Serializable {
    }

    /** A checkpoint the caller may record now, with its decisions. */
    public record Option(String kind, String title, String ruleId, List<Choice> decisions, boolean needsServiceManager)
            implements Serializable {
    }

    /** One entry of a choice list: what is stored, and what people read. */
    public record Choice(String code, String label) implements Serializable {
    }

    /** The practice manager's possible answers to a nine-month check that says the plan will not conclude in time. */
    public List<Choice> childProtectionAnswers() {
        return CheckpointRule.Decision.CHILD_PROTECTION_ANSWER.stream().map(d -> new Choice(d.code(), d.label())).toList();
    }
}
