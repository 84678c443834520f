package org.cinplan.returns;

import java.time.LocalDate;

import static org.cinplan.returns.AnnexASheet.date;
import static org.cinplan.returns.AnnexASheet.number;
import static org.cinplan.returns.AnnexASheet.text;

/**
 * Ofsted's Annex A list 7, child protection: every child protection plan open at the period's end or ended in it, one
 * row each. cinplan does not record emergency protection orders or police protection: that column stays empty.
 */
final class AnnexAList7 {

    /** One plan; {@code lastVisit} and {@code seenAlone}: the child's last visit seen by the period's end. */
    record Row7(AnnexAChild child, LocalDate startDate, String initialCategory, String latestCategory, LocalDate lastVisit,
                Boolean seenAlone, LocalDate latestReview, LocalDate endDate, int previousPlans, String allocatedTeam,
                String allocatedWorker) {
    }

    static final AnnexASheet<Row7> SHEET = AnnexASheet.of("List 7", Row7::child,
            date("Child Protection Plan Start Date", Row7::startDate),
            text("Initial Category of Abuse", Row7::initialCategory),
            text("Latest Category of Abuse", Row7::latestCategory),
            date("Date of the Last Statutory Visit", Row7::lastVisit),
            text("Was the Child Seen Alone?", r -> AnnexASheet.yesNo(r.seenAlone())),
            date("Date of latest review conference", Row7::latestReview),
            date("Child Protection Plan End Date", Row7::endDate),
            text("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                    r -> null),
            number("Number of Previous Child Protection Plans", Row7::previousPlans),
            text("Allocated Team", Row7::allocatedTeam),
            text("Allocated Worker", Row7::allocatedWorker));

    private AnnexAList7() {
    }
}
