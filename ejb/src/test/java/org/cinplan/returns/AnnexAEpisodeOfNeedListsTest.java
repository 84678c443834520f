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

/** Ofsted's Annex A lists 3, 5 and 7 in one workbook beside list 6, read back cell by cell for one invented child. */
class AnnexAEpisodeOfNeedListsTest {

    private static final AnnexAChild MAREK = AnnexAChild.of("REA092001", "M", "WOTH", LocalDate.of(2019, 11, 3),
            "NONE", LocalDate.of(2026, 12, 3));
    private static final AnnexAList3.Row3 REFERRAL = new AnnexAList3.Row3(MAREK, LocalDate.of(2026, 7, 6), "2A", true, 1,
            "Reading Children in Need Team", "Sam Walker");
    private static final AnnexAList5.Row5 ENQUIRY = new AnnexAList5.Row5(MAREK, LocalDate.of(2026, 7, 10), false,
            LocalDate.of(2026, 7, 31), true, 0, 0, "Reading Children in Need Team", "Sam Walker");
    private static final AnnexAList7.Row7 PLAN = new AnnexAList7.Row7(MAREK, LocalDate.of(2026, 7, 31), "NEG", "MUL",
            LocalDate.of(2026, 11, 27), true, LocalDate.of(2026, 10, 30), null, 0, "Reading Children in Need Team",
            "Sam Walker");

    @Test
    void theWorkbookHasASheetPerListUnderOfstedsHeadingsWithTheChildCellByCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexASheet.writeWorkbook(List.of(new AnnexASheet.Filled<>(AnnexAList3.SHEET, List.of(REFERRAL)),
                new AnnexASheet.Filled<>(AnnexAList5.SHEET, List.of(ENQUIRY)),
                new AnnexASheet.Filled<>(AnnexAList6.LIST, List.of()),
                new AnnexASheet.Filled<>(AnnexAList7.SHEET, List.of(PLAN))), out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3))).containsExactly("List 3", "List 5", "List 6", "List 7");
            Sheet list3 = workbook.getSheet("List 3");
            assertThat(texts(list3.getRow(0))).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                    "Age of Child (Years)", "Does the Child have a Disability", "Date of referral", "Referral Source",
                    "Referral NFA?", "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker");
            assertThat(texts(list3.getRow(1))).containsExactly("REA092001", "M", "WOTH", "03/11/2019", "7", "No",
                    "06/07/2026", "2A", "Yes", "1", "Reading Children in Need Team", "Sam Walker");
            assertThat(list3.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 7, 6));

            Sheet list5 = workbook.getSheet("List 5");
            assertThat(texts(list5.getRow(0)).subList(6, 14)).containsExactly(
                    "Strategy discussion initiating Section 47 Enquiry Start Date",
                    "Was an Initial Child Protection Conference deemed unnecessary?",
                    "Date of Initial Child Protection Conference",
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                    "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
                    "Allocated Team", "Allocated Worker");
            assertThat(texts(list5.getRow(1)).subList(6, 12)).containsExactly("10/07/2026", "No", "31/07/2026", "Yes", "0", "0");

            Sheet list7 = workbook.getSheet("List 7");
            assertThat(texts(list7.getRow(0)).subList(6, 17)).containsExactly("Child Protection Plan Start Date",
                    "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
                    "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                    "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker");
            assertThat(texts(list7.getRow(1)).subList(6, 15)).containsExactly("31/07/2026", "NEG", "MUL", "27/11/2026",
                    "Yes", "30/10/2026", "", "", "0");
        }
    }

    @Test
    void aListAsCsvHasItsHeadingsAndAnOpenEnquiryLeavesWhatIsNotKnownYetEmpty() {
        StringWriter out = new StringWriter();
        AnnexAList5.SHEET.writeCsv(List.of(new AnnexAList5.Row5(MAREK, LocalDate.of(2026, 11, 30), null, null, null, 1, 1,
                "Reading Children in Need Team", "Sam Walker")), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", AnnexAList5.SHEET.headings()));
        assertThat(lines[1]).isEqualTo("REA092001,M,WOTH,03/11/2019,7,No,30/11/2026,,,,1,1,Reading Children in Need Team,"
                + "Sam Walker");
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
