package org.cinplan.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The factors identified at the end of an assessment, as the DfE Children in Need census codes them (2025 to 2026).
 * 18A and 19A are superseded by 18B/18C and 19B/19C and are not offered; "21 No factors identified" stands alone.
 */
public enum AssessmentFactor {
    F1A("1A", "Alcohol misuse: concerns about the child"),
    F1B("1B", "Alcohol misuse: concerns about a parent or carer"),
    F1C("1C", "Alcohol misuse: concerns about another person in the household"),
    F2A("2A", "Drug misuse: concerns about the child"),
    F2B("2B", "Drug misuse: concerns about a parent or carer"),
    F2C("2C", "Drug misuse: concerns about another person in the household"),
    F3A("3A", "Domestic abuse: concerns about the child being the subject"),
    F3B("3B", "Domestic abuse: concerns about a parent or carer being the subject"),
    F3C("3C", "Domestic abuse: concerns about another person in the household being the subject"),
    F4A("4A", "Mental health: concerns about the child"),
    F4B("4B", "Mental health: concerns about a parent or carer"),
    F4C("4C", "Mental health: concerns about another person in the household"),
    F5A("5A", "Learning disability: concerns about the child"),
    F5B("5B", "Learning disability: concerns about a parent or carer"),
    F5C("5C", "Learning disability: concerns about another person in the household"),
    F6A("6A", "Physical disability or illness: concerns about the child"),
    F6B("6B", "Physical disability or illness: concerns about a parent or carer"),
    F6C("6C", "Physical disability or illness: concerns about another person in the household"),
    F7A("7A", "Young carer"),
    F8B("8B", "Private fostering: other"),
    F8C("8C", "Private fostering: child from overseas who intends to return"),
    F8D("8D", "Private fostering: child from overseas who intends to stay"),
    F8E("8E", "Private fostering: UK child in an educational setting"),
    F8F("8F", "Private fostering: UK child whose parents intend to have them adopted"),
    F9A("9A", "Unaccompanied asylum-seeking child"),
    F10A("10A", "Going or being missing"),
    F11A("11A", "Child sexual exploitation"),
    F12A("12A", "Trafficking"),
    F13A("13A", "Gangs"),
    F14A("14A", "Socially unacceptable behaviour"),
    F15A("15A", "Self-harm"),
    F16A("16A", "Neglect"),
    F17A("17A", "Emotional abuse"),
    F18B("18B", "Physical abuse: by an adult"),
    F18C("18C", "Physical abuse: by another child"),
    F19B("19B", "Sexual abuse: by an adult"),
    F19C("19C", "Sexual abuse: by another child"),
    F20("20", "Other"),
    F21("21", "No factors identified"),
    F22A("22A", "Female genital mutilation"),
    F23A("23A", "Abuse linked to faith or belief"),
    F24A("24A", "Child criminal exploitation");

    /** The code that may only stand alone. */
    public static final String NO_FACTORS = "21";

    private final String code;
    private final String label;

    AssessmentFactor(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static Optional<AssessmentFactor> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
