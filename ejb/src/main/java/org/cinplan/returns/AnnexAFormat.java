package org.cinplan.returns;

import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How Annex A is written: a workbook of every list, a sheet each ({@code XLSX}), or one list as CSV
 * ({@code CSV_LIST_6}).
 *
 * @param list the list written as CSV; null for the workbook
 */
record AnnexAFormat(AnnexAList list) {

    static final String WORKBOOK = "XLSX";
    private static final String CSV = "CSV_LIST_";

    /** The workbook, then each list as CSV. */
    static List<AnnexAFormat> all() {
        List<AnnexAFormat> formats = new ArrayList<>(List.of(new AnnexAFormat(null)));
        for (AnnexAList each : AnnexAList.values()) {
            formats.add(new AnnexAFormat(each));
        }
        return formats;
    }

    /** The format of the code, refused plainly when there is none. */
    static AnnexAFormat parse(String code) {
        return all().stream().filter(format -> format.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.KNOWN_VALUE,
                        "Choose the workbook or one of the lists as CSV"));
    }

    boolean workbook() {
        return list == null;
    }

    /** The lists it writes. */
    List<AnnexAList> lists() {
        return workbook() ? List.of(AnnexAList.values()) : List.of(list);
    }

    String code() {
        return workbook() ? WORKBOOK : CSV + list.number();
    }

    /** "Workbook of every list (XLSX)", "List 6, children in need (CSV)". */
    String label() {
        return workbook() ? "Workbook of every list (XLSX)" : list.label() + " (CSV)";
    }

    String contentType() {
        return workbook() ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
    }

    /** {@code annex-a-<council>-<end>.xlsx} or {@code annex-a-list-6-<council>-<end>.csv}. */
    String fileName(String councilCode, LocalDate periodEnd) {
        String council = councilCode.toLowerCase(Locale.ROOT);
        return workbook() ? "annex-a-" + council + "-" + periodEnd + ".xlsx"
                : "annex-a-list-" + list.number() + "-" + council + "-" + periodEnd + ".csv";
    }
}
