package org.cinplan.documents;

import org.cinplan.documents.DocumentContent.Block;
import org.cinplan.documents.DocumentContent.Section;
import org.cinplan.meetings.HeldMeetingView;
import org.cinplan.meetings.Meeting;
import org.cinplan.meetings.MinutesSections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.cinplan.documents.DocumentText.date;
import static org.cinplan.documents.DocumentText.orNotRecorded;
import static org.cinplan.documents.DocumentText.yesNo;

/** The minutes of a held CIN meeting as a document: who came, each section of the minutes, and what was decided. */
final class MinutesDocument {

    /** What the minutes record, read from the meeting (and its booking's attendance) before layout. */
    record Minutes(long meetingId, String kind, LocalDate heldOn, String chair, String minuteTaker, String recordedBy,
                   List<String> attendance, String reasonForMeeting, String updatesSinceLast, String planProgress,
                   Boolean planProgressed, String needs, String outcomesAndTimescales, String actions,
                   String contingency, String summary, Boolean childAttended, String childViewsForm,
                   String childViews, String childAbsenceReason, Boolean equalityDiversityConsidered,
                   List<String> exclusions, String disagreement, String outcome, String planAmendments,
                   String leadProfessional, LocalDate nextReviewDate, String outsideWindowRationale,
                   List<String> recipients, LocalDate distributedOn) {

        static Minutes of(Meeting meeting, HeldMeetingView held) {
            MinutesSections s = meeting.minutes();
            return new Minutes(meeting.id(), held.kind(), meeting.heldOn(), meeting.chairName(),
                    meeting.minuteTakerName(), meeting.recordedBy(), held.attendance(),
                    s == null ? null : s.reasonForMeeting(), s == null ? null : s.updatesSinceLast(),
                    s == null ? null : s.planProgress(), meeting.planProgressed(), s == null ? null : s.needs(),
                    s == null ? null : s.outcomesAndTimescales(), s == null ? null : s.actions(),
                    s == null ? null : s.contingency(), s == null ? null : s.summary(), meeting.childAttended(),
                    meeting.childViewsForm() == null ? null : meeting.childViewsForm().label(), meeting.childViews(),
                    meeting.childAbsenceReason(), meeting.equalityDiversityConsidered(), held.exclusions(),
                    held.disagreement(), held.outcome(), meeting.planAmendments(), held.leadProfessional(),
                    meeting.nextReviewDate(), meeting.outsideWindowRationale(), held.recipients(),
                    meeting.minutesDistributedOn());
        }
    }

    private MinutesDocument() {
    }

    static DocumentContent of(CaseParticulars about, Minutes m, LocalDate producedOn) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("About the meeting", List.of(
                Block.paragraph("Child: " + about.childAndCase()),
                Block.paragraph(m.kind() + " held on " + date(m.heldOn())),
                Block.paragraph("Chair: " + orNotRecorded(m.chair())),
                Block.paragraph("Minutes taken by " + orNotRecorded(m.minuteTaker())
                        + "; recorded in cinplan by " + orNotRecorded(m.recordedBy())))));
        sections.add(new Section("Who was invited and who came", m.attendance().stream().map(Block::bullet).toList()));
        sections.add(Section.of("Reason for the meeting", m.reasonForMeeting()));
        sections.add(Section.of("Updates since the last meeting", m.updatesSinceLast()));
        List<Block> progress = new ArrayList<>();
        progress.add(Block.paragraph(m.planProgress()));
        if (m.planProgressed() != null) {
            progress.add(Block.paragraph("Did the plan progress? " + yesNo(m.planProgressed())));
        }
        sections.add(new Section("Progress of the plan", progress));
        sections.add(Section.of("The child's needs", m.needs()));
        sections.add(Section.of("Outcomes and timescales", m.outcomesAndTimescales()));
        sections.add(Section.of("Actions, owners, services and timescales", m.actions()));
        sections.add(Section.of("Contingency plan", m.contingency()));
        sections.add(Section.of("Summary of the main points and decisions", m.summary()));
        sections.add(new Section("The child's views", childViews(m)));
        sections.add(Section.of("Equality and diversity", m.equalityDiversityConsidered() == null ? null
                : "Considered at the meeting: " + yesNo(m.equalityDiversityConsidered())));
        sections.add(new Section("Exclusions", m.exclusions().stream().map(Block::bullet).toList()));
        sections.add(Section.of("Difference of opinion", m.disagreement()));
        sections.add(new Section("Outcome and next review", outcome(m)));
        sections.add(new Section("Distribution of these minutes", distribution(m)));
        return new DocumentContent("Minutes of the " + m.kind() + " for " + about.childName() + ", " + date(m.heldOn()),
                about.council(), "Minutes of the meeting held on " + date(m.heldOn()), producedOn, false, sections);
    }

    private static List<Block> childViews(Minutes m) {
        List<Block> blocks = new ArrayList<>();
        if (m.childAttended() != null) {
            blocks.add(Block.paragraph("The child attended: " + yesNo(m.childAttended())));
        }
        if (m.childViewsForm() != null) {
            blocks.add(Block.paragraph("Views given: " + m.childViewsForm().toLowerCase(java.util.Locale.UK)));
        }
        blocks.add(Block.paragraph(m.childViews()));
        if (m.childAbsenceReason() != null) {
            blocks.add(Block.paragraph("Why the child was not there: " + m.childAbsenceReason()));
        }
        return blocks;
    }

    private static List<Block> outcome(Minutes m) {
        List<Block> blocks = new ArrayList<>();
        if (m.outcome() != null) {
            blocks.add(Block.paragraph("Outcome: " + m.outcome()));
        }
        if (m.planAmendments() != null) {
            blocks.add(Block.paragraph("Changes to the plan: " + m.planAmendments()));
        }
        if (m.leadProfessional() != null) {
            blocks.add(Block.paragraph("Lead professional: " + m.leadProfessional()));
        }
        if (m.nextReviewDate() != null) {
            blocks.add(Block.paragraph("Next review by " + date(m.nextReviewDate())));
        }
        if (m.outsideWindowRationale() != null) {
            blocks.add(Block.paragraph("Why the review falls outside the usual timescale: " + m.outsideWindowRationale()));
        }
        return blocks;
    }

    private static List<Block> distribution(Minutes m) {
        List<Block> blocks = new ArrayList<>(m.recipients().stream().map(Block::bullet).toList());
        if (m.distributedOn() != null) {
            blocks.add(Block.paragraph("Sent on " + date(m.distributedOn())));
        }
        return blocks;
    }
}
