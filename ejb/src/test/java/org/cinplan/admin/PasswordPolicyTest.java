package org.cinplan.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void theShippedDenyListHasTheTenThousandCommonest() {
        Set<String> list = PasswordPolicy.loadDenyList();
        assertThat(list).hasSize(10_000).contains("password", "123456", "qwerty", "iloveyou")
                .noneMatch(p -> p.startsWith("#"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Tidy-Lantern-Puddle", "pelican marmalade fog",
            "ŻółwikJedzieRowerem", "x7$Kq2!mPz9#"})
    void acceptsLongUncommonPasswordsWithoutCompositionRules(String password) {
        assertThat(policy.problems(password, "jsmith", "Jo Smith")).isEmpty();
        assertThat(policy.isAcceptable(password, "jsmith", "Jo Smith")).isTrue();
    }

    @Test
    void aPasswordOfOnlyLowerCaseLettersIsFineIfLongEnough() {
        assertThat(policy.problems("allthesmalllettershere", null, null)).isEmpty();
    }

    @Test
    void refusesShortPasswordsSayingHowLong() {
        assertThat(policy.problems("Tr0ub4dor&3", null, null))
                .containsExactly("Your password must be at least 12 characters long; this one has 11."
                        + " Three random words together make a long password that is easy to remember.");
    }

    @Test
    void countsCharactersNotCodeUnits() {
        String elevenEmoji = "😀".repeat(11);
        assertThat(policy.problems(elevenEmoji, null, null)).hasSize(1).first().asString().contains("has 11");
        assertThat(policy.problems("😀".repeat(12) + "x", null, null)).isEmpty();
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.problems("w".repeat(256), null, null)).isEmpty();
        assertThat(policy.problems("w".repeat(257), null, null))
                .containsExactly("Your password must be at most 256 characters long; this one has 257.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890!!!!", "PASSWORD1234567", "iloveyou2024!!", "Qwertyuiop123", "Monkey12345678"})
    void refusesCommonPasswordsIgnoringCaseAndDigitsOrSymbolsOnTheEnd(String password) {
        assertThat(policy.problems(password, null, null))
                .anyMatch(p -> p.startsWith("This password is too common"));
    }

    @Test
    void aCommonPasswordShortAndCommonGetsBothMessages() {
        assertThat(policy.problems("password", null, null)).hasSize(2);
    }

    @Test
    void aDenyListCanBeGivenDirectly() {
        PasswordPolicy custom = new PasswordPolicy(Set.of("Cinplan-Rocks-2026"));
        assertThat(custom.problems("cinplan-rocks-2026", null, null)).hasSize(1);
        assertThat(custom.problems("Cinplan-Rocks-2026!!", null, null)).hasSize(1);
        assertThat(custom.problems("cinplan-rocks", null, null)).isEmpty();
    }

    @Test
    void refusesTheUsernameWithinThePassword() {
        assertThat(policy.problems("my name is JSmith really", "jsmith", null))
                .containsExactly("Your password must not contain your username.");
    }

    @Test
    void refusesThePersonsNameWithinThePassword() {
        assertThat(policy.problems("samantha likes tea a lot", "sjones", "Samantha Jones"))
                .containsExactly("Your password must not contain your name.");
        assertThat(policy.problems("tea with JONES every day", "sjones", "Samantha Jones"))
                .containsExactly("Your password must not contain your name.");
        assertThat(policy.problems("xx-samanthajones-xx", null, "Samantha Jones"))
                .containsExactly("Your password must not contain your name.");
    }

    @Test
    void shortNamePartsAreNotCheckedSinceTheyHideInsideOrdinaryWords() {
        assertThat(policy.problems("planning the channel swim", "al", "Ann Li")).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThat(policy.problems("jsmith", "jsmith", "Jo Smith")).hasSize(3);
    }

    @Test
    void anEmptyPasswordIsOneProblem() {
        assertThat(policy.problems("", "jsmith", "Jo Smith")).containsExactly("Enter a password.");
        assertThat(policy.problems(null, null, null)).containsExactly("Enter a password.");
    }
}
