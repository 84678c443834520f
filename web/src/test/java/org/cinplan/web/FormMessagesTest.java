package org.cinplan.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormMessagesTest {

    @Test
    void aMessageIsShownInWordsWithoutTheRuleIdsItNames() {
        assertThat(FormMessages.words("Record both the difference of opinion and the action proposed to resolve it"
                + " (DIFFERENCE_OF_OPINION)")).isEqualTo("Record both the difference of opinion and the action proposed to"
                + " resolve it");
        assertThat(FormMessages.words("Hold it outside school hours (OUTSIDE_SCHOOL_TIME, Suffolk 2.7).")).isEqualTo(
                "Hold it outside school hours.");
        assertThat(FormMessages.words("It stays open until 14 Jan 2027 (3 months, MIN_DURATION_AFTER_CP). Closing it"))
                .isEqualTo("It stays open until 14 Jan 2027 (3 months). Closing it");
        assertThat(FormMessages.words("Enter the date of the visit (for example, 27 3 2027)"))
                .as("words in brackets stay").isEqualTo("Enter the date of the visit (for example, 27 3 2027)");
    }
}
