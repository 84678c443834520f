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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One of Ofsted's Annex A lists as a sheet: its name, Ofsted's column headings in order and how each cell is filled,
 * written as CSV (RFC 4180) or into a workbook with other lists (streamed, so a large council's lists are written with
 * bounded memory). Dates are dd/mm/yyyy (in the workbook, dates shown so); numbers are numbers.
 *
 * @param <R> a row of the list
 */
final class AnnexASheet<R> {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String name;
    private final List<Column<R>> columns;

    /** The list's sheet: the child's columns every list starts with, then its own. */
    @SafeVarargs
    static <R> AnnexASheet<R> of(String name, Function<R, AnnexAChild> child, Column<R>... own) {
        List<Column<R>> columns = new ArrayList<>(List.of(
                text("Child Unique ID", r -> child.apply(r).childId()),
                text("Gender", r -> child.apply(r).gender()),
                text("Ethnicity", r -> child.apply(r).ethnicity()),
                date("Date of Birth", r -> child.apply(r).dateOfBirth()),
                number("Age of Child (Years)", r -> child.apply(r).age()),
                text("Does the Child have a Disability", r -> child.apply(r).disability())));
        columns.addAll(List.of(own));
        return new AnnexASheet<>(name, columns);
    }

    /** A list's sheet of these columns only. */
    @SafeVarargs
    static <R> AnnexASheet<R> plain(String name, Column<R>... columns) {
        return new AnnexASheet<>(name, List.of(columns));
    }

    private AnnexASheet(String name, List<Column<R>> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    String name() {
        return name;
    }

    /** The headings, as Ofsted words them. */
    List<String> headings() {
        return columns.stream().map(Column::heading).toList();
    }

    /** Writes the rows as CSV (RFC 4180: fields with a comma, quote or line break are quoted). */
    void writeCsv(List<R> rows, Writer out) {
        try {
            out.write(String.join(",", headings().stream().map(AnnexASheet::csvField).toList()) + "\r\n");
            for (R row : rows) {
                out.write(String.join(",", columns.stream().map(c -> csvField(c.text(row))).toList()) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the sheet, with its rows, to the workbook; {@code dates} shows a date dd/mm/yyyy. */
    void addTo(SXSSFWorkbook workbook, CellStyle dates, List<R> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).heading());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row line = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(rows.get(r));
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
    }

    /** A sheet with its rows, for a workbook of several. */
    record Filled<R>(AnnexASheet<R> sheet, List<R> rows) {

        void addTo(SXSSFWorkbook workbook, CellStyle dates) {
            sheet.addTo(workbook, dates, rows);
        }

        void writeCsv(Writer out) {
            sheet.writeCsv(rows, out);
        }

        /** The Child Unique ID of each row: every one of Ofsted's lists starts with it. */
        java.util.stream.Stream<String> childIds() {
            return rows.stream().map(row -> sheet.columns.get(0).text(row));
        }
    }

    /** Writes a workbook of these sheets, in order. */
    static void writeWorkbook(List<Filled<?>> sheets, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheets.forEach(filled -> filled.addTo(workbook, dates));
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <R> Column<R> text(String heading, Function<R, String> value) {
        return new Column<>(heading, value::apply);
    }

    static <R> Column<R> date(String heading, Function<R, LocalDate> value) {
        return new Column<>(heading, value::apply);
    }

    static <R> Column<R> number(String heading, Function<R, Integer> value) {
        return new Column<>(heading, value::apply);
    }

    /** "Yes", "No", or nothing when not known: how the lists answer a yes-or-no column. */
    static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? "Yes" : "No";
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A heading and its value; numbers and dates become such cells in the workbook. */
    record Column<R>(String heading, Function<R, Object> value) {

        String text(R row) {
            Object v = value.apply(row);
            return v instanceof LocalDate day ? day.format(UK) : v == null ? null : v.toString();
        }
    }
}
