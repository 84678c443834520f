package org.cinplan.web.planning;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times stored in UTC, as people in England read them: "3 Feb 2027, 14:05" in UK local time. */
final class UkTime {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private UkTime() {
    }

    static String of(LocalDateTime utc) {
        return utc == null ? "" : WHEN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(UK));
    }
}
