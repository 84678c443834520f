package org.cinplan.web.api;

import jakarta.ws.rs.WebApplicationException;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.RuleId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads query parameters, refusing bad ones with a 400 that says what would be right. */
final class ApiParameters {

    /** No casework date lies outside these; beyond them date arithmetic and the database's own range fail. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private ApiParameters() {
    }

    static CouncilCode council(String value) {
        return enumValue(CouncilCode.class, value, "council");
    }

    static RuleId rule(String value) {
        return enumValue(RuleId.class, value, "rule");
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw refused("The " + name + " date is required, as YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refused("The " + name + " date must be a real date written YYYY-MM-DD, not \"" + printable(value) + "\"");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw refused("The " + name + " date must lie between " + EARLIEST + " and " + LATEST + ", not " + date);
        }
        return date;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw refused("The " + name + " is required: one of " + known);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("Unknown " + name + " \"" + printable(value) + "\": use one of " + known);
        }
    }

    /** Echoes input back only as short, plain text. */
    private static String printable(String value) {
        String plain = value.replaceAll("[^\\p{Alnum} ._:/-]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "..." : plain;
    }

    private static WebApplicationException refused(String message) {
        return new WebApplicationException(ApiError.badRequest(message));
    }
}
