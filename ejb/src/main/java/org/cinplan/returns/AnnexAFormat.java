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
 * @param list the number of the list written as CSV ({@link CensusReturns#ANNEX_A_LISTS}); null for the workbook
 */
record AnnexAFormat(Integer list) {

    static final String WORKBOOK = "XLSX";
    private static final String CSV = "CSV_LIST_";

    /** The workbook, then each list as CSV. */
    static List<AnnexAFormat> all() {
        List<AnnexAFormat> formats = new ArrayList<>(List.of(new AnnexAFormat(null)));
        for (int each : CensusReturns.ANNEX_A_LISTS) {
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

    /** The numbers of the lists it writes. */
    List<Integer> lists() {
        return workbook() ? CensusReturns.ANNEX_A_LISTS : List.of(list);
    }

    String code() {
        return workbook() ? WORKBOOK : CSV + list;
    }

    /** "Workbook of lists 3, 4, 5, 6 and 7 (XLSX)", "List 6 (CSV)". */
    String label() {
        if (!workbook()) {
            return "List " + list + " (CSV)";
        }
        List<Integer> all = CensusReturns.ANNEX_A_LISTS;
        return "Workbook of lists " + String.join(", ", all.subList(0, all.size() - 1).stream().map(String::valueOf)
                .toList()) + " and " + all.get(all.size() - 1) + " (XLSX)";
    }

    String contentType() {
        return workbook() ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
    }

    /** {@code annex-a-<council>-<end>.xlsx} or {@code annex-a-list-6-<council>-<end>.csv}. */
    String fileName(String councilCode, LocalDate periodEnd) {
        String council = councilCode.toLowerCase(Locale.ROOT);
        return workbook() ? "annex-a-" + council + "-" + periodEnd + ".xlsx"
                : "annex-a-list-" + list + "-" + council + "-" + periodEnd + ".csv";
    }
}
