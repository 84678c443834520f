package org.cinplan.casework;

/**
 * The DfE Children in Need census ethnicity codes, with the labels every page shows them by. A child's record keeps the
 * code (a string, so a code recorded before it was on this list still reads back).
 */
public enum Ethnicity {
    WBRI("White British"), WIRI("White Irish"), WIRT("Traveller of Irish heritage"), WOTH("Any other White background"),
    WROM("Gypsy / Roma"), MWBC("White and Black Caribbean"), MWBA("White and Black African"), MWAS("White and Asian"),
    MOTH("Any other mixed background"), AIND("Indian"), APKN("Pakistani"), ABAN("Bangladeshi"),
    AOTH("Any other Asian background"), BCRB("Black Caribbean"), BAFR("Black African"), BOTH("Any other Black background"),
    CHNE("Chinese"), OOTH("Any other ethnic group"), REFU("Refused"), NOBT("Information not yet obtained");

    private final String description;

    Ethnicity(String description) {
        this.description = description;
    }

    /** "WBRI White British", as the select menus list it. */
    public String label() {
        return name() + " " + description;
    }

    /** The label of a recorded code; a code not on the DfE list reads as itself, and none as null. */
    public static String labelOf(String code) {
        if (code == null) {
            return null;
        }
        for (Ethnicity e : values()) {
            if (e.name().equals(code)) {
                return e.label();
            }
        }
        return code;
    }
}
