package org.cinplan.documents;

import org.cinplan.documents.DocumentContent.Block;
import org.cinplan.documents.DocumentContent.Section;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanVersionView;
import org.cinplan.planning.ServiceProvision;
import org.cinplan.planning.SmartOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.cinplan.documents.DocumentText.date;
import static org.cinplan.documents.DocumentText.orNotRecorded;

/**
 * A CIN plan version as documents: the plan itself, with every section RULES.md "Contents" asks for, and the
 * family-friendly plan, the same agreement in plain words and large type for parents and older children.
 */
final class PlanDocuments {

    private PlanDocuments() {
    }

    /** The plan version as it was recorded, for the family, the agencies and the file. */
    static DocumentContent plan(CaseParticulars about, PlanVersionView version, LocalDate producedOn) {
        PlanContents plan = version.contents();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("About this plan", aboutThePlan(about, version)));
        sections.add(Section.of("The child's needs", plan.needs()));
        sections.add(new Section("SMART outcomes", plan.outcomes().stream().map(PlanDocuments::outcome).toList()));
        sections.add(new Section("Actions", plan.actions().stream().map(PlanDocuments::action).toList()));
        sections.add(new Section("Services and resources", plan.services().stream().map(PlanDocuments::service).toList()));
        sections.add(Section.of("The child's views", plan.childViews()));
        sections.add(Section.of("The family's views", plan.familyViews()));
        sections.add(Section.of("Roles and responsibilities", plan.rolesAndResponsibilities()));
        sections.add(Section.of("Contingency plan", plan.contingency()));
        sections.add(Section.of("Bottom line", plan.bottomLine()));
        sections.add(Section.of("Review points", plan.reviewPoints()));
        sections.add(new Section("Distribution list", plan.recipients().stream().map(PlanDocuments::recipient).toList()));
        sections.add(new Section("Changes since the previous version", version.changes().stream().map(Block::bullet).toList()));
        return new DocumentContent("Child in Need plan for " + about.childName() + ", version " + version.number(),
                about.council(), versionLine(version), producedOn, false, sections);
    }

    /** The plan version in plain words and large type, for parents and older children. */
    static DocumentContent familyPlan(CaseParticulars about, PlanVersionView version, LocalDate producedOn) {
        PlanContents plan = version.contents();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("About this plan", "This is the plan we made with you to help " + about.childName()
                + ". It says what we are worried about, what we all want to change, and who will do what."
                + " If anything in it is not clear, please ask your social worker."));
        sections.add(Section.of("Why we are working with your family", plan.needs()));
        sections.add(new Section("What we want to get better", plan.outcomes().stream()
                .map(o -> Block.bullet(o.outcome() + " (by " + date(o.targetDate()) + ")")).toList()));
        sections.add(new Section("Who will do what", plan.actions().stream()
                .map(a -> Block.bullet(a.owner() + " will: " + a.action() + " (by " + date(a.dueDate()) + ")")).toList()));
        sections.add(new Section("Help for your family", plan.services().stream()
                .map(s -> Block.bullet(s.service() + (blank(s.provider()) ? "" : ", from " + s.provider()))).toList()));
        sections.add(Section.of("What you told us", plan.childViews()));
        sections.add(Section.of("What your family told us", plan.familyViews()));
        sections.add(Section.of("If things do not get better", plan.contingency()));
        sections.add(Section.of("What must happen", plan.bottomLine()));
        sections.add(Section.of("When we will check how it is going", plan.reviewPoints()));
        return new DocumentContent("Our plan for " + about.childName(), about.council(), versionLine(version), producedOn,
                true, sections);
    }

    /** "CIN plan version 3, approved on 2 December 2026" (or the state of a version not approved). */
    static String versionLine(PlanVersionView version) {
        String state = switch (version.status()) {
            case APPROVED, SUPERSEDED -> "approved on " + date(version.decidedAt())
                    + (version.isApproved() ? ", in force" : ", since replaced");
            case SUBMITTED -> "submitted for approval on " + date(version.submittedAt()) + ", not yet agreed";
            case RETURNED -> "returned for changes on " + date(version.decidedAt()) + ", not agreed";
            case DRAFT -> "draft started on " + date(version.createdAt()) + ", not agreed";
        };
        return "CIN plan version " + version.number() + ", " + state;
    }

    private static List<Block> aboutThePlan(CaseParticulars about, PlanVersionView version) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("Child: " + about.childAndCase()));
        blocks.add(Block.paragraph("Version " + version.number() + ": " + version.statusLabel()));
        blocks.add(Block.paragraph("Written by " + version.createdBy() + ", started on " + date(version.createdAt())));
        if (version.submittedBy() != null) {
            blocks.add(Block.paragraph("Submitted by " + version.submittedBy() + " on " + date(version.submittedAt())));
        }
        if (version.decidedBy() != null) {
            blocks.add(Block.paragraph("Decided by " + version.decidedBy() + " on " + date(version.decidedAt())
                    + (blank(version.decisionComments()) ? "" : ": " + version.decisionComments())));
        }
        blocks.add(Block.paragraph("Family sign-off: " + (version.familySignedOffBy() == null ? "not recorded"
                : version.familySignedOffBy() + " on " + date(version.familySignedOffOn()))));
        return blocks;
    }

    private static Block outcome(SmartOutcome outcome) {
        return Block.bullet(outcome.outcome() + "\nMeasured by: " + orNotRecorded(outcome.howMeasured())
                + "\nTarget date: " + date(outcome.targetDate()));
    }

    private static Block action(PlanAction action) {
        return Block.bullet(action.action() + "\nResponsible: " + action.owner()
                + (action.ownerKind() == null ? "" : " (" + action.ownerKind().label() + ")")
                + "\nDue: " + date(action.dueDate()) + (action.status() == null ? "" : "; " + action.status().label()));
    }

    private static Block service(ServiceProvision service) {
        return Block.bullet(service.service() + "\nProvider: " + orNotRecorded(service.provider())
                + "\nBudget: " + service.budgetStatus());
    }

    private static Block recipient(PlanRecipient recipient) {
        return Block.bullet(recipient.name() + " (" + recipient.kind().label() + "): "
                + (recipient.sentOn() == null ? "not sent yet" : "sent on " + date(recipient.sentOn())));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
