package org.cinplan.schedule;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The England and Wales division of a GOV.UK {@code bank-holidays.json} file.
 *
 * <p>Administrators refresh the holidays by uploading a newer file, so any valid file in the
 * GOV.UK format is accepted (other divisions are ignored) and a malformed one is rejected with a
 * message saying what is wrong. Coverage runs from 1 January of the first year listed to
 * 31 December of the last, since GOV.UK publishes whole years.
 */
public final class GovUkBankHolidays {

    public static final String DIVISION = "england-and-wales";
    static final String SHIPPED_RESOURCE = "/org/cinplan/schedule/bank-holidays.json";

    private final List<BankHoliday> englandAndWales;

    private GovUkBankHolidays(List<BankHoliday> englandAndWales) {
        this.englandAndWales = List.copyOf(englandAndWales);
    }

    /** Parses a file in the GOV.UK format; rejects a malformed one with IllegalArgumentException. */
    public static GovUkBankHolidays parse(InputStream json) {
        Guard.required(json, "bank holiday file is required");
        return parse(new InputStreamReader(json, StandardCharsets.UTF_8));
    }

    public static GovUkBankHolidays parse(Reader json) {
        Guard.required(json, "bank holiday file is required");
        JsonValue root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readValue();
        } catch (JsonParsingException e) {
            throw malformed("it is not valid JSON (" + e.getMessage() + ")");
        } catch (JsonException e) {
            throw malformed("it could not be read as JSON (" + e.getMessage() + ")");
        }
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed("the top level must be an object of divisions");
        }
        JsonValue division = root.asJsonObject().get(DIVISION);
        if (division == null || division.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed("it has no '" + DIVISION + "' division");
        }
        JsonValue events = division.asJsonObject().get("events");
        if (events == null || events.getValueType() != JsonValue.ValueType.ARRAY) {
            throw malformed("the '" + DIVISION + "' division has no 'events' list");
        }
        JsonArray eventArray = events.asJsonArray();
        if (eventArray.isEmpty()) {
            throw malformed("the '" + DIVISION + "' division lists no events");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        for (int i = 0; i < eventArray.size(); i++) {
            holidays.add(event(eventArray.get(i), i));
        }
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return new GovUkBankHolidays(holidays);
    }

    /** The copy shipped with the application (England and Wales, 2018 to 2027). */
    public static GovUkBankHolidays shipped() {
        try (InputStream in = GovUkBankHolidays.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped bank holiday file " + SHIPPED_RESOURCE + " is missing");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SHIPPED_RESOURCE, e);
        }
    }

    private static BankHoliday event(JsonValue value, int index) {
        String where = "event " + (index + 1) + " of '" + DIVISION + "'";
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed(where + " is not an object");
        }
        JsonObject event = value.asJsonObject();
        String title = text(event, "title", where);
        String date = text(event, "date", where);
        try {
            return new BankHoliday(LocalDate.parse(date), title);
        } catch (DateTimeParseException e) {
            throw malformed(where + " has date '" + date + "', which is not a yyyy-mm-dd date");
        } catch (IllegalArgumentException e) {
            throw malformed(where + ": " + e.getMessage());
        }
    }

    private static String text(JsonObject event, String field, String where) {
        JsonValue value = event.get(field);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw malformed(where + " has no '" + field + "' text");
        }
        return string.getString();
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("Not a valid GOV.UK bank-holidays.json file: " + why);
    }

    public List<BankHoliday> englandAndWales() {
        return englandAndWales;
    }

    public LocalDate coveredFrom() {
        return englandAndWales.get(0).date().withDayOfYear(1);
    }

    public LocalDate coveredUntil() {
        LocalDate last = englandAndWales.get(englandAndWales.size() - 1).date();
        return LocalDate.of(last.getYear(), 12, 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GovUkBankHolidays other && englandAndWales.equals(other.englandAndWales);
    }

    @Override
    public int hashCode() {
        return englandAndWales.hashCode();
    }
}
