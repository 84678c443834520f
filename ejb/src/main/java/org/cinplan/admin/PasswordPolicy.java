package org.cinplan.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What makes a password acceptable, as the NCSC advises ("Password policy: updating your approach"): long enough,
 * not one that attackers try first, and not made from the person's own username or name. No rules about mixing
 * upper case, digits or symbols, which lead people to predictable passwords such as {@code Password1!}.
 *
 * <ul>
 * <li>At least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (Unicode code points, so any
 *     language's letters count one each; spaces are allowed, so three random words work well).</li>
 * <li>Not on the deny list of common passwords ({@code common-passwords.txt}), compared ignoring case, either as it
 *     stands or with symbols, or digits and symbols, on the end taken off ({@code monkey12345678} is {@code monkey},
 *     {@code 1234567890!!!!} is {@code 1234567890}).</li>
 * <li>Not containing the username, nor any part of the person's name of four letters or more (shorter names
 *     such as "Ann" are common inside ordinary words), ignoring case.</li>
 * </ul>
 * Thread-safe and immutable; {@link #standard()} loads the shipped deny list once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    static final int MIN_USERNAME_PART = 3;
    static final int MIN_NAME_PART = 4;
    static final String DENY_LIST = "common-passwords.txt";

    private static final class Standard {
        static final PasswordPolicy POLICY = new PasswordPolicy(loadDenyList());
    }

    private final Set<String> denied;

    /** A policy refusing the given common passwords (compared ignoring case). */
    public PasswordPolicy(Set<String> commonPasswords) {
        Set<String> lower = new HashSet<>();
        for (String p : commonPasswords) {
            lower.add(fold(p));
        }
        this.denied = Set.copyOf(lower);
    }

    /** The policy with the deny list shipped with cinplan. */
    public static PasswordPolicy standard() {
        return Standard.POLICY;
    }

    /**
     * Everything wrong with a proposed password, as messages to show the person choosing it; empty when it is
     * acceptable.
     *
     * @param password the proposed password
     * @param username the username it is for; may be null
     * @param fullName the person's name; may be null
     */
    public List<String> problems(String password, String username, String fullName) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Enter a password.");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("Your password must be at least " + MIN_LENGTH + " characters long; this one has " + length
                    + ". Three random words together make a long password that is easy to remember.");
        }
        if (length > MAX_LENGTH) {
            problems.add("Your password must be at most " + MAX_LENGTH + " characters long; this one has " + length
                    + ".");
        }
        if (isCommon(password)) {
            problems.add("This password is too common: it is on a list of passwords that attackers try first."
                    + " Choose one that is not a well-known word or phrase with numbers or symbols added.");
        }
        String folded = fold(password);
        if (username != null && username.strip().length() >= MIN_USERNAME_PART
                && folded.contains(fold(username.strip()))) {
            problems.add("Your password must not contain your username.");
        }
        if (fullName != null && containsNamePart(folded, fullName)) {
            problems.add("Your password must not contain your name.");
        }
        return problems;
    }

    /** Whether the password has no problems. */
    public boolean isAcceptable(String password, String username, String fullName) {
        return problems(password, username, fullName).isEmpty();
    }

    boolean isCommon(String password) {
        String folded = fold(password);
        return denied.contains(folded)
                || denied.contains(withoutEnd(folded, c -> !Character.isLetterOrDigit(c)))
                || denied.contains(withoutEnd(folded, c -> !Character.isLetter(c)));
    }

    /** The text without the characters on its end that match; the text itself if that would leave nothing. */
    private static String withoutEnd(String text, IntPredicate strip) {
        int end = text.length();
        while (end > 0 && strip.test(text.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? text : text.substring(0, end);
    }

    private static boolean containsNamePart(String foldedPassword, String fullName) {
        String name = fold(fullName);
        StringBuilder joined = new StringBuilder();
        for (String part : name.split("[^\\p{L}]+")) {
            if (part.length() >= MIN_NAME_PART && foldedPassword.contains(part)) {
                return true;
            }
            joined.append(part);
        }
        return joined.length() >= MIN_NAME_PART && foldedPassword.contains(joined);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static Set<String> loadDenyList() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST);
        Objects.requireNonNull(in, "The deny list " + DENY_LIST + " is missing from the build");
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DENY_LIST, e);
        }
        return passwords;
    }
}
