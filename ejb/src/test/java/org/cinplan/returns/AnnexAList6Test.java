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

/** Ofsted's Annex A list 6, read back cell by cell for one invented child. */
class AnnexAList6Test {

    private static final AnnexAList6.Row6 MAYA = new AnnexAList6.Row6("REA001017", "F", "WBRI",
            LocalDate.of(2015, 9, 14), 11, "No", LocalDate.of(2026, 4, 7), "N1", LocalDate.of(2026, 11, 20),
            null, null, "Open", "Reading Children in Need Team", "Sam Walker");

    private static final AnnexAList6.Row6 CLOSED = new AnnexAList6.Row6("REA001018", "M", "MWBC",
            LocalDate.of(2019, 1, 2), 7, "Yes", LocalDate.of(2025, 12, 28), "N6", null,
            LocalDate.of(2026, 11, 13), "RC7", "Closed", "Reading, \"North\" team", "Sam Walker");

    @Test
    void theWorkbooksSheetHasOfstedsHeadingsAndTheChildCellByCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexAList6.writeXlsx(List.of(MAYA), out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("List 6");
            assertThat(texts(sheet.getRow(0))).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                    "Age of Child (Years)", "Does the Child have a Disability", "CIN Start Date", "Primary Need Code",
                    "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team",
                    "Allocated Worker");
            Row child = sheet.getRow(1);
            assertThat(texts(child)).containsExactly("REA001017", "F", "WBRI", "14/09/2015", "11", "No", "07/04/2026",
                    "N1", "20/11/2026", "", "", "Open", "Reading Children in Need Team", "Sam Walker");
            assertThat(child.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2015, 9, 14));
            assertThat(child.getCell(4).getNumericCellValue()).isEqualTo(11);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theCsvHasTheSameHeadingsAndQuotesWhatNeedsIt() {
        StringWriter out = new StringWriter();
        AnnexAList6.writeCsv(List.of(MAYA, CLOSED), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", AnnexAList6.headings()));
        assertThat(lines[1]).isEqualTo("REA001017,F,WBRI,14/09/2015,11,No,07/04/2026,N1,20/11/2026,,,Open,"
                + "Reading Children in Need Team,Sam Walker");
        assertThat(lines[2]).isEqualTo("REA001018,M,MWBC,02/01/2019,7,Yes,28/12/2025,N6,,13/11/2026,RC7,Closed,"
                + "\"Reading, \"\"North\"\" team\",Sam Walker");
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 14; c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
