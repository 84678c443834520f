package org.cinplan.casework;

/** The DfE's reasons for closing a case (the census's ReasonForClosure), in words for the manager who chooses one. */
public enum ClosureReason {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to services of another local authority"),
    RC6("Transferred to adult social care services"),
    RC7("Services ceased for any other reason, including the child no longer being in need"),
    RC8("Case closed after assessment, no further action"),
    RC9("Case closed after assessment, referred to early help");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
