package org.cinplan.admin;

import org.cinplan.platform.DemoLogins;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What makes the details of a member of staff acceptable, apart from the checks that need the database (a
 * username already taken, a team that no longer exists). Pure, so it is tested without a container.
 */
final class StaffRules {

    public static final int MIN_USERNAME = 3;
    public static final int MAX_USERNAME = 60;
    public static final int MAX_FULL_NAME = 120;
    public static final int MAX_EMAIL = 200;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private StaffRules() {
    }

    /** Every problem with a new member of staff and their initial password, by field; empty when all is well. */
    public static Map<StaffField, List<String>> problems(NewStaffMember member, String password,
                                                         PasswordPolicy policy) {
        Map<StaffField, List<String>> problems = new EnumMap<>(StaffField.class);
        add(problems, StaffField.USERNAME, usernameProblems(member.username()));
        add(problems, StaffField.FULL_NAME, fullNameProblems(member.fullName()));
        add(problems, StaffField.EMAIL, emailProblems(member.email()));
        if (member.roles().isEmpty()) {
            add(problems, StaffField.ROLES, List.of("Choose at least one role."));
        }
        add(problems, StaffField.PASSWORD, policy.problems(password, strip(member.username()), strip(member.fullName())));
        return problems;
    }

    public static List<String> usernameProblems(String username) {
        String value = strip(username);
        if (value == null || value.isEmpty()) {
            return List.of("Enter a username.");
        }
        List<String> problems = new ArrayList<>();
        if (value.length() < MIN_USERNAME || value.length() > MAX_USERNAME) {
            problems.add("A username has " + MIN_USERNAME + " to " + MAX_USERNAME + " characters; this one has "
                    + value.length() + ".");
        }
        if (!USERNAME.matcher(value).matches()) {
            problems.add("A username may only hold the letters a to z, digits, dots and hyphens.");
        }
        if (DemoLogins.isDemoLogin(value)) {
            problems.add("\"" + value + "\" is one of the demo logins, whose password is published; choose another"
                    + " username.");
        }
        return problems;
    }

    public static List<String> fullNameProblems(String fullName) {
        String value = strip(fullName);
        if (value == null || value.isEmpty()) {
            return List.of("Enter the person's full name.");
        }
        if (value.length() > MAX_FULL_NAME) {
            return List.of("A full name has at most " + MAX_FULL_NAME + " characters; this one has " + value.length()
                    + ".");
        }
        return List.of();
    }

    public static List<String> emailProblems(String email) {
        String value = strip(email);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (value.length() > MAX_EMAIL) {
            problems.add("An email address has at most " + MAX_EMAIL + " characters; this one has " + value.length()
                    + ".");
        }
        if (!EMAIL.matcher(value).matches()) {
            problems.add("Enter an email address like name@council.gov.uk, or leave it empty.");
        }
        return problems;
    }

    /** The text without spaces around it; null stays null. */
    public static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** The stripped text, or null when there is none. */
    static String emptyToNull(String text) {
        String value = strip(text);
        return value == null || value.isEmpty() ? null : value;
    }

    private static void add(Map<StaffField, List<String>> problems, StaffField field, List<String> more) {
        if (!more.isEmpty()) {
            problems.computeIfAbsent(field, f -> new ArrayList<>()).addAll(more);
        }
    }
}
