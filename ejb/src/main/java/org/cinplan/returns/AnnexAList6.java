package org.cinplan.returns;

import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import static org.cinplan.returns.AnnexASheet.date;
import static org.cinplan.returns.AnnexASheet.number;
import static org.cinplan.returns.AnnexASheet.text;

/**
 * Ofsted's Annex A list 6, children in need: one row per child in need in the period, under Ofsted's column headings,
 * with dd/mm/yyyy dates and the census codes, as CSV or as an XLSX sheet (streamed, so a large council's list is
 * written with bounded memory).
 */
public final class AnnexAList6 {

    /** The sheet's name in the workbook. */
    public static final String SHEET = "List 6";

    /** One child in need, as list 6 reports them. */
    public record Row6(String childId, String gender, String ethnicity, LocalDate dateOfBirth, Integer age,
                       String disability, LocalDate cinStartDate, String primaryNeedCode, LocalDate dateLastSeen,
                       LocalDate cinClosureDate, String reasonForClosure, String caseStatus, String allocatedTeam,
                       String allocatedWorker) {
    }

    /** Ofsted's headings, in order, each with how its cell is filled. */
    static final AnnexASheet<Row6> LIST = AnnexASheet.plain(SHEET,
            text("Child Unique ID", Row6::childId),
            text("Gender", Row6::gender),
            text("Ethnicity", Row6::ethnicity),
            date("Date of Birth", Row6::dateOfBirth),
            number("Age of Child (Years)", Row6::age),
            text("Does the Child have a Disability", Row6::disability),
            date("CIN Start Date", Row6::cinStartDate),
            text("Primary Need Code", Row6::primaryNeedCode),
            date("Date Child Was Last Seen", Row6::dateLastSeen),
            date("CIN Closure Date", Row6::cinClosureDate),
            text("Reason for Closure", Row6::reasonForClosure),
            text("Case Status", Row6::caseStatus),
            text("Allocated Team", Row6::allocatedTeam),
            text("Allocated Worker", Row6::allocatedWorker));

    private AnnexAList6() {
    }

    /** The headings, as Ofsted words them. */
    public static List<String> headings() {
        return LIST.headings();
    }

    /** Writes the rows as CSV (RFC 4180: fields with a comma, quote or line break are quoted). */
    public static void writeCsv(List<Row6> rows, Writer out) {
        LIST.writeCsv(rows, out);
    }

    /** Writes the rows as a workbook with the one sheet {@value #SHEET}: dates as dates shown dd/mm/yyyy. */
    public static void writeXlsx(List<Row6> rows, OutputStream out) {
        AnnexASheet.writeWorkbook(List.of(new AnnexASheet.Filled<>(LIST, rows)), out);
    }
}
