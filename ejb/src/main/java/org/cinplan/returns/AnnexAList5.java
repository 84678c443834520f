package org.cinplan.returns;

import java.time.LocalDate;

import static org.cinplan.returns.AnnexASheet.date;
import static org.cinplan.returns.AnnexASheet.number;
import static org.cinplan.returns.AnnexASheet.text;

/**
 * Ofsted's Annex A list 5, section 47 enquiries and initial child protection conferences: every enquiry whose strategy
 * discussion fell in the period, one row each.
 */
final class AnnexAList5 {

    /**
     * One enquiry; {@code conferenceNotRequired} and {@code resultedInPlan} are null while it is not known yet;
     * {@code earlierEnquiries} and {@code earlierConferences}: the child's in the 12 months before this one.
     */
    record Row5(AnnexAChild child, LocalDate strategyDiscussion, Boolean conferenceNotRequired, LocalDate conference,
                Boolean resultedInPlan, int earlierEnquiries, int earlierConferences, String allocatedTeam,
                String allocatedWorker) {
    }

    static final AnnexASheet<Row5> SHEET = AnnexASheet.of("List 5", Row5::child,
            date("Strategy discussion initiating Section 47 Enquiry Start Date", Row5::strategyDiscussion),
            text("Was an Initial Child Protection Conference deemed unnecessary?",
                    r -> AnnexASheet.yesNo(r.conferenceNotRequired())),
            date("Date of Initial Child Protection Conference", Row5::conference),
            text("Did the Initial Child Protection Conference Result in a Child Protection Plan",
                    r -> AnnexASheet.yesNo(r.resultedInPlan())),
            number("Number of Section 47 Enquiries in the last 12 months", Row5::earlierEnquiries),
            number("Number of ICPCs in the last 12 months", Row5::earlierConferences),
            text("Allocated Team", Row5::allocatedTeam),
            text("Allocated Worker", Row5::allocatedWorker));

    private AnnexAList5() {
    }
}
