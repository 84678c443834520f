package org.cinplan.returns;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
 * How one of Ofsted's Annex A lists is laid out: its sheet's name and its columns (Ofsted's heading, and how each
 * row fills the cell), written as a sheet of a workbook (dates as dates shown dd/mm/yyyy, numbers as numbers) or as
 * CSV (RFC 4180; dates dd/mm/yyyy). Each list ({@link AnnexAList6}, {@link AnnexAList4}, ...) is one of these.
 *
 * @param <R> the list's row
 */
final class AnnexASheet<R> {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String name;
    private final List<Column<R>> columns;

    private AnnexASheet(String name, List<Column<R>> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** A sheet of the given columns, in order. */
    @SafeVarargs
    static <R> AnnexASheet<R> of(String name, Column<R>... columns) {
        return new AnnexASheet<>(name, List.of(columns));
    }

    /** A column of text (a code, a name). */
    static <R> Column<R> text(String heading, Function<R, String> value) {
        return new Column<>(heading, value::apply);
    }

    /** A column of dates, dd/mm/yyyy. */
    static <R> Column<R> date(String heading, Function<R, LocalDate> value) {
        return new Column<>(heading, value::apply);
    }

    /** A column of whole numbers. */
    static <R> Column<R> number(String heading, Function<R, Integer> value) {
        return new Column<>(heading, value::apply);
    }

    String name() {
        return name;
    }

    /** The rows of one council and period, laid out as this sheet. */
    Filled<R> fill(List<R> rows) {
        return new Filled<>(this, List.copyOf(rows));
    }

    List<String> headings() {
        return columns.stream().map(Column::heading).toList();
    }

    /** Writes the rows as CSV under the headings (fields with a comma, quote or line break are quoted). */
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

    /** Writes a workbook of this one sheet. */
    void writeXlsx(List<R> rows, OutputStream out) {
        writeWorkbook(List.of(fill(rows)), out);
    }

    /** Writes a workbook of the lists, a sheet each, in order (streamed: a large council's lists in bounded memory). */
    static void writeWorkbook(List<Filled<?>> lists, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle dates = datesOf(workbook);
            lists.forEach(list -> list.writeSheet(workbook, dates));
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell style of dates, dd/mm/yyyy, made once per workbook and shared by its sheets. */
    private static CellStyle datesOf(Workbook workbook) {
        CellStyle dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        return dates;
    }

    /** Adds this list's sheet to the workbook: the headings, then a row per row. */
    void writeSheet(Workbook workbook, CellStyle dates, List<R> rows) {
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

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * A list's rows with its layout, ready to write.
     *
     * @param <R> the list's row
     */
    record Filled<R>(AnnexASheet<R> sheet, List<R> rows) {

        void writeCsv(Writer out) {
            sheet.writeCsv(rows, out);
        }

        void writeSheet(Workbook workbook, CellStyle dates) {
            sheet.writeSheet(workbook, dates, rows);
        }

        /** The Child Unique ID of each row: every one of Ofsted's lists starts with it. */
        java.util.stream.Stream<String> childIds() {
            return rows.stream().map(row -> sheet.columns.get(0).text(row));
        }
    }

    /** A heading and its value; numbers and dates become such cells in the workbook. */
    record Column<R>(String heading, Function<R, Object> value) {

        String text(R row) {
            Object v = value.apply(row);
            return v instanceof LocalDate day ? day.format(UK) : v == null ? null : v.toString();
        }
    }
}
