package org.cinplan.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

/**
 * Ofsted's Annex A list 4, assessments: one row per assessment (continuous assessment, as Ofsted calls it) open at
 * some point in the period, under Ofsted's column headings, with dd/mm/yyyy dates, the census codes and Yes/No.
 */
final class AnnexAList4 {

    /** The sheet's name in the workbook. */
    static final String SHEET = "List 4";

    /** One assessment, as list 4 reports it. */
    record Row4(String childId, String gender, String ethnicity, LocalDate dateOfBirth, Integer age, String disability,
                LocalDate assessmentStartDate, String childSeenDuringAssessment, LocalDate assessmentAuthorisationDate,
                String allocatedTeam, String allocatedWorker) {
    }

    /** Ofsted's headings, in order, each with how its cell is filled. */
    static final AnnexASheet<Row4> LAYOUT = AnnexASheet.of(SHEET,
            AnnexASheet.text("Child Unique ID", Row4::childId),
            AnnexASheet.text("Gender", Row4::gender),
            AnnexASheet.text("Ethnicity", Row4::ethnicity),
            AnnexASheet.date("Date of Birth", Row4::dateOfBirth),
            AnnexASheet.number("Age of Child (Years)", Row4::age),
            AnnexASheet.text("Does the Child have a Disability", Row4::disability),
            AnnexASheet.date("Continuous Assessment Start Date", Row4::assessmentStartDate),
            AnnexASheet.text("Child Seen During Continuous Assessment", Row4::childSeenDuringAssessment),
            AnnexASheet.date("Continuous Assessment Date of Authorisation", Row4::assessmentAuthorisationDate),
            AnnexASheet.text("Allocated Team", Row4::allocatedTeam),
            AnnexASheet.text("Allocated Worker", Row4::allocatedWorker));

    private AnnexAList4() {
    }

    /**
     * An assessment's row as it stood at the period's end {@code to}: the child's age then; the child seen if a visit
     * saw them from the assessment's start to its authorisation (or to the period's end while it was not authorised
     * by then); an authorisation after the period's end is not shown.
     */
    static Row4 row(String childId, String sex, String ethnicity, LocalDate born, String disability, LocalDate started,
                    LocalDate authorised, Collection<LocalDate> childSeenOn, String team, String worker, LocalDate to) {
        LocalDate authorisedByThen = authorised != null && !authorised.isAfter(to) ? authorised : null;
        LocalDate until = authorisedByThen != null ? authorisedByThen : to;
        boolean seen = childSeenOn.stream().anyMatch(day -> !day.isBefore(started) && !day.isAfter(until));
        return new Row4(childId, sex, ethnicity, born, born == null ? null : Period.between(born, to).getYears(),
                disability, started, seen ? "Yes" : "No", authorisedByThen, team, worker);
    }
}
