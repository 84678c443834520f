package org.cinplan.documents;

import org.cinplan.documents.DocumentContent.Block;
import org.cinplan.documents.DocumentContent.Section;
import org.cinplan.visits.Visit;
import org.cinplan.visits.VisitOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.cinplan.documents.DocumentText.date;
import static org.cinplan.documents.DocumentText.orNotRecorded;
import static org.cinplan.documents.DocumentText.yesNo;

/** A visit as it was recorded: when, who visited whom, whether the child was seen (alone), and its write-up. */
final class VisitDocument {

    private VisitDocument() {
    }

    /**
     * @param recorded who recorded and wrote it up in cinplan, and when ("Recorded by Sam Worker on 3 December 2026 at
     *                 14:02"), from the audit trail
     */
    static DocumentContent of(CaseParticulars about, Visit visit, List<String> recorded, LocalDate producedOn) {
        List<Section> sections = new ArrayList<>();
        List<Block> aboutTheVisit = new ArrayList<>();
        aboutTheVisit.add(Block.paragraph("Child: " + about.childAndCase()));
        aboutTheVisit.add(Block.paragraph("Visit on " + date(visit.visitDate()) + ", "
                + (Boolean.FALSE.equals(visit.announced()) ? "unannounced" : Boolean.TRUE.equals(visit.announced())
                ? "announced" : "announced or not: not recorded") + (visit.isFaceToFace() ? ", face to face" : ", not face to face")));
        aboutTheVisit.add(Block.paragraph("Visited by " + orNotRecorded(visit.visitedBy())
                + (visit.visitorRole() == null ? "" : " (" + visit.visitorRole() + ")")));
        aboutTheVisit.addAll(recorded.stream().map(Block::paragraph).toList());
        sections.add(new Section("About the visit", aboutTheVisit));
        sections.add(Section.of("What the visit was for", orNotRecorded(visit.purpose())));
        if (visit.visitOf() == VisitOf.CHILD) {
            sections.add(new Section("The child", List.of(
                    Block.paragraph("Seen: " + yesNo(visit.isChildSeen())),
                    Block.paragraph("Seen alone: " + yesNo(visit.isSeenAlone())
                            + (visit.notAloneReason() == null ? "" : "; why not: " + visit.notAloneReason())))));
        } else {
            sections.add(Section.of("Who was visited", visit.visitOf().label() + ": " + orNotRecorded(visit.personVisited())));
        }
        sections.add(Section.of("Who else was present", orNotRecorded(visit.peoplePresent())));
        sections.add(new Section("Observations, impact and outcomes (the write-up)", List.of(
                Block.paragraph(visit.isWrittenUp() ? "Written up on the record on " + date(visit.recordedOn())
                        : "Not yet written up"),
                Block.paragraph(visit.observations()))));
        return new DocumentContent("Visit to " + about.childName() + ", " + date(visit.visitDate()), about.council(),
                "Visit of " + date(visit.visitDate()), producedOn, false, sections);
    }
}
