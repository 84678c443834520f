package org.cinplan.platform;

/**
 * The ids of the validity rules: what any record must satisfy whatever the council's policy, beside the policy rules of
 * the catalogue (RULES.md). A {@link BusinessRuleViolation} names one of these or a catalogue rule.
 */
public final class Validity {

    /** Something the record needs was left out ("Name the chair of the meeting"). */
    public static final String REQUIRED = "REQUIRED";
    /** Dates in an order that cannot be (a decision before its referral, a write-up before the visit). */
    public static final String DATE_ORDER = "DATE_ORDER";
    /** A date after today for something that has happened. */
    public static final String NOT_IN_FUTURE = "NOT_IN_FUTURE";
    /** A value outside what it may be: a code list, a range, a length. */
    public static final String KNOWN_VALUE = "KNOWN_VALUE";
    /** Answers that contradict each other (a child not seen, yet seen alone). */
    public static final String CONSISTENT = "CONSISTENT";
    /** The thing asked for does not exist, or not where the caller may see it. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The action was already taken, or the record's state no longer allows it. */
    public static final String ALREADY_DONE = "ALREADY_DONE";
    /** The case has closed: nothing more can be recorded on it. */
    public static final String CASE_CLOSED = "CASE_CLOSED";
    /** Someone else changed the record since the page was opened. */
    public static final String STALE = "STALE";
    /** The same form was sent twice (a double click, the back button). */
    public static final String SENT_TWICE = "SENT_TWICE";

    private Validity() {
    }
}
