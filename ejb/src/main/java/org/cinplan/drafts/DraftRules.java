package org.cinplan.drafts;

import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a draft may hold and how it is offered back; plain Java. */
final class DraftRules {

    /** As long as the longest box of the forms that keep drafts (the database column is as long). */
    static final int MAX_LENGTH = 4000;

    /** Drafts are stored in UTC and offered in the time the person reads. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,59}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private DraftRules() {
    }

    /** The box's name, checked: letters and digits, as the form names its boxes. */
    static String fieldName(String field) {
        if (field == null || !FIELD_NAME.matcher(field).matches()) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "A draft belongs to a box of the form: reload the page");
        }
        return field;
    }

    /** Whether there is anything to keep: blank text is no draft (and removes one kept before). */
    static boolean worthKeeping(String text) {
        return text != null && !text.isBlank();
    }

    /** The text to keep; longer than the box allows is refused (the box itself stops typing at that length). */
    static String body(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "A draft keeps at most " + MAX_LENGTH + " characters, as the box does");
        }
        return text;
    }

    /** A time kept in UTC, in UK time. */
    static LocalDateTime inUk(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(UK).toLocalDateTime();
    }

    /** "You have an unsaved draft from 14:32" today, "... from 2 Dec 2026 at 14:32" on another day. */
    static String offer(LocalDateTime savedAtUk, LocalDate todayUk) {
        String when = savedAtUk.toLocalDate().equals(todayUk) ? TIME.format(savedAtUk) : DAY_AND_TIME.format(savedAtUk);
        return "You have an unsaved draft from " + when;
    }
}
