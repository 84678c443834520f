package org.cinplan.returns;

import java.time.LocalDate;

/**
 * The Annex A lists cinplan writes, in Ofsted's order: each is a sheet of the workbook and a CSV of its own. A new
 * list is a new constant here (its layout and how the read model reads it), nothing more.
 */
enum AnnexAList {
    LIST_4(4, "assessments", (model, council, from, to) -> AnnexAList4.LAYOUT.fill(model.list4(council, from, to))),
    LIST_6(6, "children in need", (model, council, from, to) -> AnnexAList6.LAYOUT.fill(model.list6(council, from, to)));

    /** Reads a list's rows of a council and period, laid out as its sheet. */
    @FunctionalInterface
    interface Reader {
        AnnexASheet.Filled<?> read(AnnexAReadModel model, String councilCode, LocalDate from, LocalDate to);
    }

    private final int number;
    private final String title;
    private final Reader reader;

    AnnexAList(int number, String title, Reader reader) {
        this.number = number;
        this.title = title;
        this.reader = reader;
    }

    int number() {
        return number;
    }

    /** "List 4, assessments". */
    String label() {
        return "List " + number + ", " + title;
    }

    AnnexASheet.Filled<?> read(AnnexAReadModel model, String councilCode, LocalDate from, LocalDate to) {
        return reader.read(model, councilCode, from, to);
    }
}
