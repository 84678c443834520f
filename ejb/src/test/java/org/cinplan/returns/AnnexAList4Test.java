package org.cinplan.returns;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ofsted's Annex A list 4, assessments, read back cell by cell for one invented child; and the workbook of every list. */
class AnnexAList4Test {

    private static final AnnexAList4.Row4 MAYA = new AnnexAList4.Row4(new AnnexAChild("REA001017", "F", "WBRI",
            LocalDate.of(2015, 9, 14), 11, "No"), LocalDate.of(2026, 6, 1), "Yes", LocalDate.of(2026, 7, 20),
            "Reading Children in Need Team", "Sam Walker");

    private static final AnnexAList4.Row4 OPEN = new AnnexAList4.Row4(new AnnexAChild("REA001018", "M", "MWBC",
            LocalDate.of(2019, 1, 2), 7, "Yes"), LocalDate.of(2026, 11, 2), "No", null, "Reading, \"North\" team",
            null);

    @Test
    void theSheetHasOfstedsHeadingsAndTheAssessmentCellByCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexASheet.writeWorkbook(List.of(new AnnexASheet.Filled<>(AnnexAList4.SHEET, List.of(MAYA))), out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("List 4");
            assertThat(texts(sheet.getRow(0))).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                    "Age of Child (Years)", "Does the Child have a Disability", "Continuous Assessment Start Date",
                    "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
                    "Allocated Team", "Allocated Worker");
            Row child = sheet.getRow(1);
            assertThat(texts(child)).containsExactly("REA001017", "F", "WBRI", "14/09/2015", "11", "No", "01/06/2026",
                    "Yes", "20/07/2026", "Reading Children in Need Team", "Sam Walker");
            assertThat(child.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(child.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 20));
            assertThat(child.getCell(4).getNumericCellValue()).isEqualTo(11);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theCsvLeavesAnUnauthorisedAssessmentsDateEmptyAndQuotesWhatNeedsIt() {
        StringWriter out = new StringWriter();
        AnnexAList4.SHEET.writeCsv(List.of(MAYA, OPEN), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo("REA001017,F,WBRI,14/09/2015,11,No,01/06/2026,Yes,20/07/2026,"
                + "Reading Children in Need Team,Sam Walker");
        assertThat(lines[2]).isEqualTo("REA001018,M,MWBC,02/01/2019,7,Yes,02/11/2026,No,,\"Reading, \"\"North\"\" team\",");
    }

    @Test
    void theWorkbookHasASheetPerListInOfstedsOrderAndCountsEachChildOnce() throws Exception {
        AnnexASheet.Filled<AnnexAList4.Row4> list4 = new AnnexASheet.Filled<>(AnnexAList4.SHEET, List.of(MAYA, OPEN));
        AnnexASheet.Filled<AnnexAList6.Row6> list6 = new AnnexASheet.Filled<>(AnnexAList6.LIST, List.of(
                new AnnexAList6.Row6("REA001017", "F", "WBRI", LocalDate.of(2015, 9, 14), 11, "No",
                        LocalDate.of(2026, 4, 7), "N1", null, null, null, "Open", "Reading Children in Need Team",
                        "Sam Walker")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexASheet.writeWorkbook(List.of(list4, list6), out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("List 4");
            assertThat(workbook.getSheetName(1)).isEqualTo("List 6");
            assertThat(workbook.getSheet("List 4").getLastRowNum()).isEqualTo(2);
        }
        assertThat(java.util.stream.Stream.of(list4, list6).flatMap(AnnexASheet.Filled::childIds).distinct())
                .containsExactly("REA001017", "REA001018");
    }

    @Test
    void theChildIsSeenDuringTheAssessmentByAVisitFromItsStartToItsAuthorisation() {
        LocalDate started = LocalDate.of(2026, 6, 1);
        LocalDate authorised = LocalDate.of(2026, 7, 20);
        LocalDate to = LocalDate.of(2026, 11, 30);

        assertThat(rowSeenOn(started, authorised, to, LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 21))
                .childSeenDuringAssessment()).as("before the start and after the authorisation").isEqualTo("No");
        assertThat(rowSeenOn(started, authorised, to, started).childSeenDuringAssessment()).isEqualTo("Yes");
        assertThat(rowSeenOn(started, authorised, to, authorised).childSeenDuringAssessment()).isEqualTo("Yes");
        AnnexAList4.Row4 row = rowSeenOn(started, authorised, to);
        assertThat(row.child().age()).as("the age at the period's end").isEqualTo(11);
        assertThat(row.assessmentAuthorisationDate()).isEqualTo(authorised);
    }

    @Test
    void anAssessmentAuthorisedAfterThePeriodIsShownOpenAndItsChildSeenUpToThePeriodsEnd() {
        LocalDate started = LocalDate.of(2026, 11, 2);
        LocalDate to = LocalDate.of(2026, 11, 30);
        AnnexAList4.Row4 row = rowSeenOn(started, LocalDate.of(2026, 12, 10), to, LocalDate.of(2026, 12, 5));

        assertThat(row.assessmentAuthorisationDate()).isNull();
        assertThat(row.childSeenDuringAssessment()).as("seen after the period's end").isEqualTo("No");
        assertThat(rowSeenOn(started, null, to, to).childSeenDuringAssessment()).isEqualTo("Yes");
    }

    private static AnnexAList4.Row4 rowSeenOn(LocalDate started, LocalDate authorised, LocalDate to, LocalDate... seen) {
        return AnnexAList4.row(AnnexAChild.of("REA001017", "F", "WBRI", LocalDate.of(2015, 9, 14), "NONE", to), started,
                authorised, List.of(seen), "Reading Children in Need Team", "Sam Walker", to);
    }

    @Test
    void theFormatsAreTheWorkbookThenEachListAsCsvNamedForTheCouncilAndDate() {
        assertThat(AnnexAFormat.all()).extracting(AnnexAFormat::code).containsExactly("XLSX", "CSV_LIST_3", "CSV_LIST_4",
                "CSV_LIST_5", "CSV_LIST_6", "CSV_LIST_7");
        assertThat(AnnexAFormat.parse("XLSX").label()).isEqualTo("Workbook of lists 3, 4, 5, 6 and 7 (XLSX)");
        assertThat(AnnexAFormat.parse("CSV_LIST_4").label()).isEqualTo("List 4 (CSV)");
        assertThat(AnnexAFormat.parse("XLSX").fileName("WEST_BERKSHIRE", LocalDate.of(2026, 11, 30)))
                .isEqualTo("annex-a-west_berkshire-2026-11-30.xlsx");
        assertThat(AnnexAFormat.parse("CSV_LIST_6").fileName("READING", LocalDate.of(2026, 11, 30)))
                .isEqualTo("annex-a-list-6-reading-2026-11-30.csv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnnexAFormat.parse("PDF"))
                .isInstanceOf(org.cinplan.platform.BusinessRuleViolation.class)
                .hasMessage("Choose the workbook or one of the lists as CSV");
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 11; c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
