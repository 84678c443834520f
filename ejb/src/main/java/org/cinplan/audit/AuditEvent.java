package org.cinplan.audit;

import java.util.Objects;

/**
 * What happened, before it takes its place in the chain. Text is cut to fit its column (the detail is marked
 * when cut) rather than refused: an audit entry that cannot be written is worse than a shortened one.
 *
 * @param actor      who did it: a username, or the username tried in a refused sign-in; required
 * @param action     what kind of thing was done; required
 * @param recordType the kind of record acted on, such as {@code Child} or {@code Team}; optional
 * @param recordId   that record's id; optional
 * @param childId    the child the entry concerns, so a child's trail can be searched; optional
 * @param detail     what changed (field: old → new) or why it was refused; optional
 * @param outcome    how it ended; required
 */
public record AuditEvent(String actor, AuditAction action, String recordType, String recordId, Long childId,
                         String detail, AuditOutcome outcome) {

    public static final int ACTOR_LENGTH = 60;
    public static final int RECORD_TYPE_LENGTH = 40;
    public static final int RECORD_ID_LENGTH = 40;
    public static final int DETAIL_LENGTH = 4000;
    static final String CUT_MARK = " …[cut]";

    public AuditEvent {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an actor");
        }
        Objects.requireNonNull(action, "An audit entry needs an action");
        Objects.requireNonNull(outcome, "An audit entry needs an outcome");
        actor = fit(actor.strip(), ACTOR_LENGTH, "");
        recordType = fit(recordType, RECORD_TYPE_LENGTH, "");
        recordId = fit(recordId, RECORD_ID_LENGTH, "");
        detail = fit(detail, DETAIL_LENGTH, CUT_MARK);
    }

    /** Cuts text to at most {@code max} chars, never between the two halves of a surrogate pair. */
    static String fit(String text, int max, String mark) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - mark.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + mark;
    }
}
