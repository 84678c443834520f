package org.cinplan.returns;

import java.time.LocalDate;
import java.time.Period;

/** The child's columns every Annex A list starts with: id, gender, ethnicity, date of birth, age, disability. */
record AnnexAChild(String childId, String gender, String ethnicity, LocalDate dateOfBirth, Integer age, String disability) {

    /** The child as at {@code asAt} (their age then), from the record's census values. */
    static AnnexAChild of(String laChildId, Object sex, String ethnicity, LocalDate born, String disabilityCodes,
                          LocalDate asAt) {
        return new AnnexAChild(laChildId, sex == null ? null : sex.toString(), ethnicity, born,
                born == null ? null : Period.between(born, asAt).getYears(), disability(disabilityCodes));
    }

    /** Yes for a child with a disability recorded, No for "No disability", nothing when none is recorded. */
    private static String disability(String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return codes.strip().equals("NONE") ? "No" : "Yes";
    }
}
