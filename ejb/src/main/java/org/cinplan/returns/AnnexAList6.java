package org.cinplan.returns;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Ofsted's Annex A list 6, children in need: one row per child in need in the period, under Ofsted's column headings,
 * with dd/mm/yyyy dates and the census codes, as CSV or as an XLSX sheet (streamed, so a large council's list is
 * written with bounded memory).
 */
public final class AnnexAList6 {

    /** The sheet's name in the workbook. */
    public static final String SHEET = "List 6";

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One child in need, as list 6 reports them. */
    public record Row6(String childId, String gender, String ethnicity, LocalDate dateOfBirth, Integer age,
                       String disability, LocalDate cinStartDate, String primaryNeedCode, LocalDate dateLastSeen,
                       LocalDate cinClosureDate, String reasonForClosure, String caseStatus, String allocatedTeam,
                       String allocatedWorker) {
    }

    /** Ofsted's headings, in order, each with how its cell is filled. */
    private static final List<Column> COLUMNS = List.of(
            text("Child Unique ID", Row6::childId),
            text("Gender", Row6::gender),
            text("Ethnicity", Row6::ethnicity),
            date("Date of Birth", Row6::dateOfBirth),
            new Column("Age of Child (Years)", Row6::age),
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
        return COLUMNS.stream().map(Column::heading).toList();
    }

    /** Writes the rows as CSV (RFC 4180: fields with a comma, quote or line break are quoted). */
    public static void writeCsv(List<Row6> rows, Writer out) {
        try {
            out.write(String.join(",", headings().stream().map(AnnexAList6::csvField).toList()) + "\r\n");
            for (Row6 row : rows) {
                out.write(String.join(",", COLUMNS.stream().map(c -> csvField(c.text(row))).toList()) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows as a workbook with the one sheet {@value #SHEET}: dates as dates shown dd/mm/yyyy. */
    public static void writeXlsx(List<Row6> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).heading());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(rows.get(r));
                    Cell cell = line.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Column text(String heading, Function<Row6, String> value) {
        return new Column(heading, value::apply);
    }

    private static Column date(String heading, Function<Row6, LocalDate> value) {
        return new Column(heading, value::apply);
    }

    /** A heading and its value; numbers and dates become such cells in the workbook. */
    private record Column(String heading, Function<Row6, Object> value) {

        String text(Row6 row) {
            Object v = value.apply(row);
            return v instanceof LocalDate day ? day.format(UK) : v == null ? null : v.toString();
        }
    }
}
