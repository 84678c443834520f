package org.cinplan.returns;

import java.time.LocalDate;

import static org.cinplan.returns.AnnexASheet.date;
import static org.cinplan.returns.AnnexASheet.number;
import static org.cinplan.returns.AnnexASheet.text;

/** Ofsted's Annex A list 3, referrals: every referral received in the period, one row each. */
final class AnnexAList3 {

    /** One referral; {@code earlierReferrals}: the child's referrals in the 12 months before this one. */
    record Row3(AnnexAChild child, LocalDate referralDate, String referralSource, boolean noFurtherAction,
                int earlierReferrals, String allocatedTeam, String allocatedWorker) {
    }

    static final AnnexASheet<Row3> SHEET = AnnexASheet.of("List 3", Row3::child,
            date("Date of referral", Row3::referralDate),
            text("Referral Source", Row3::referralSource),
            text("Referral NFA?", r -> AnnexASheet.yesNo(r.noFurtherAction())),
            number("Number of Referrals in Last 12 Months", Row3::earlierReferrals),
            text("Allocated Team", Row3::allocatedTeam),
            text("Allocated Worker", Row3::allocatedWorker));

    private AnnexAList3() {
    }
}
