package org.cinplan.documents;

import org.cinplan.casework.CaseCheckpoint;
import org.cinplan.casework.CheckpointRule;
import org.cinplan.documents.DocumentContent.Block;
import org.cinplan.documents.DocumentContent.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.cinplan.documents.DocumentText.date;
import static org.cinplan.documents.DocumentText.orNotRecorded;

/** A management decision (a checkpoint of RULES.md) as it was recorded: who decided what, when, why and what next. */
final class DecisionDocument {

    private DecisionDocument() {
    }

    /** @param names full names by username, for who recorded and who answered */
    static DocumentContent of(CaseParticulars about, CaseCheckpoint decision, Map<String, String> names,
                              LocalDate producedOn) {
        String title = CheckpointRule.titleOf(decision.kind());
        String decided = CheckpointRule.decisionLabel(decision.kind(), decision.decision());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("About the decision", List.of(
                Block.paragraph("Child: " + about.childAndCase()),
                Block.paragraph(title + ", recorded on " + date(decision.recordedOn()) + " by "
                        + names.getOrDefault(decision.recordedBy(), orNotRecorded(decision.recordedBy()))),
                Block.paragraph(decision.withStaff() == null ? null : "With " + decision.withStaff()))));
        sections.add(Section.of("The decision", orNotRecorded(decided)));
        sections.add(Section.of("Reasons", orNotRecorded(decision.note())));
        sections.add(Section.of("Next steps", orNotRecorded(decision.nextSteps())));
        if (decision.answeredOn() != null || decision.isAwaitingAnswer()) {
            sections.add(new Section("The practice manager's answer", decision.answeredOn() == null
                    ? List.of(Block.paragraph("Awaited"))
                    : List.of(Block.bold(orNotRecorded(CheckpointRule.decisionLabel(null, decision.answerDecision()))),
                    Block.paragraph(decision.answer()),
                    Block.paragraph("Answered on " + date(decision.answeredOn()) + " by "
                            + names.getOrDefault(decision.answeredBy(), orNotRecorded(decision.answeredBy()))))));
        }
        return new DocumentContent(title + " for " + about.childName(), about.council(),
                "Decision recorded on " + date(decision.recordedOn()), producedOn, false, sections);
    }
}
