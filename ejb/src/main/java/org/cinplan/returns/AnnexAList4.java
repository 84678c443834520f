package org.cinplan.returns;

import java.time.LocalDate;
import java.util.Collection;

import static org.cinplan.returns.AnnexASheet.date;
import static org.cinplan.returns.AnnexASheet.text;

/**
 * Ofsted's Annex A list 4, assessments: one row per assessment (continuous assessment, as Ofsted calls it) open at
 * some point in the period, under Ofsted's column headings, with dd/mm/yyyy dates, the census codes and Yes/No.
 */
final class AnnexAList4 {

    /** One assessment, as list 4 reports it. */
    record Row4(AnnexAChild child, LocalDate assessmentStartDate, String childSeenDuringAssessment,
                LocalDate assessmentAuthorisationDate, String allocatedTeam, String allocatedWorker) {
    }

    static final AnnexASheet<Row4> SHEET = AnnexASheet.of("List 4", Row4::child,
            date("Continuous Assessment Start Date", Row4::assessmentStartDate),
            text("Child Seen During Continuous Assessment", Row4::childSeenDuringAssessment),
            date("Continuous Assessment Date of Authorisation", Row4::assessmentAuthorisationDate),
            text("Allocated Team", Row4::allocatedTeam),
            text("Allocated Worker", Row4::allocatedWorker));

    private AnnexAList4() {
    }

    /**
     * An assessment's row as it stood at the period's end {@code to}: the child as then (their age); the child seen if
     * a visit saw them from the assessment's start to its authorisation (or to the period's end while it was not
     * authorised by then); an authorisation after the period's end is not shown.
     */
    static Row4 row(AnnexAChild child, LocalDate started, LocalDate authorised, Collection<LocalDate> childSeenOn,
                    String team, String worker, LocalDate to) {
        LocalDate authorisedByThen = authorised != null && !authorised.isAfter(to) ? authorised : null;
        LocalDate until = authorisedByThen != null ? authorisedByThen : to;
        boolean seen = childSeenOn.stream().anyMatch(day -> !day.isBefore(started) && !day.isAfter(until));
        return new Row4(child, started, AnnexASheet.yesNo(seen), authorisedByThen, team, worker);
    }
}
