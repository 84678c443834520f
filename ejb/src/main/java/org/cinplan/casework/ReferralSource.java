package org.cinplan.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who referred the child: the DfE Children in Need census code list for {@code ReferralSource} (rule 8866), each in
 * plain words for the worker who chooses it.
 */
public enum ReferralSource {
    FAMILY("1A", "A family member, relative or carer"),
    ACQUAINTANCE("1B", "An acquaintance (a neighbour or childminder, for instance)"),
    SELF("1C", "The child themself"),
    OTHER_INDIVIDUAL("1D", "Another individual"),
    SCHOOL("2A", "A school"),
    EDUCATION_SERVICES("2B", "Education services (not a school)"),
    GP("3A", "A GP"),
    HEALTH_VISITOR("3B", "A health visitor"),
    SCHOOL_NURSE("3C", "A school nurse"),
    OTHER_PRIMARY_HEALTH("3D", "Other primary health services"),
    EMERGENCY_DEPARTMENT("3E", "A hospital emergency department (A&E)"),
    OTHER_HEALTH("3F", "Other health services (in- or outpatients, mental health, dental)"),
    HOUSING("4", "Housing (the council's or a housing association)"),
    LA_SOCIAL_CARE("5A", "The council's social care (adult social care, for instance)"),
    LA_OTHER_INTERNAL("5B", "Other council services (not housing)"),
    LA_EXTERNAL("5C", "Another council's services"),
    POLICE("6", "The police"),
    OTHER_LEGAL_AGENCY("7", "Another legal agency (courts, probation, immigration, Cafcass, prison)"),
    OTHER("8", "Someone else"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Not known");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The DfE census code. */
    public String code() {
        return code;
    }

    /** The plain words, with the code after them. */
    public String label() {
        return label + " (" + code + ")";
    }

    /** The source with this DfE code, if there is one. */
    public static Optional<ReferralSource> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
