package org.cinplan.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndedSessionAjaxFilterTest {

    @Test
    void onlyAFollowedAjaxRedirectIsAnsweredWithTheAjaxRedirect() {
        assertThat(EndedSessionAjaxFilter.isAjaxRequestForTheSignInPage("GET", "partial/ajax")).isTrue();
        assertThat(EndedSessionAjaxFilter.isAjaxRequestForTheSignInPage("GET", null)).as("a person opening the page")
                .isFalse();
        assertThat(EndedSessionAjaxFilter.isAjaxRequestForTheSignInPage("POST", "partial/ajax"))
                .as("an ajax postback of the sign-in form itself").isFalse();
    }
}
