package org.cinplan.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AfterSignInTest {

    @Test
    void aPageOfCinplanIsGoneOnTo() {
        assertThat(AfterSignIn.isOwnPage("/cinplan", "/cinplan/case.xhtml?episode=12")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(AfterSignIn.isOwnPage("/cinplan", null)).isFalse();
        assertThat(AfterSignIn.isOwnPage("/cinplan", "//evil.example/cinplan/")).isFalse();
        assertThat(AfterSignIn.isOwnPage("/cinplan", "https://evil.example/")).isFalse();
        assertThat(AfterSignIn.isOwnPage("/cinplan", "/other/page")).isFalse();
        assertThat(AfterSignIn.isOwnPage("/cinplan", "/cinplan/a\r\nSet-Cookie: x")).isFalse();
        assertThat(AfterSignIn.isOwnPage("/cinplan", "/cinplan/login.xhtml")).isFalse();
    }
}
