package org.cinplan.web.security;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

import static org.assertj.core.api.Assertions.assertThat;

class ForgedPostbackFilterTest {

    @Test
    void aPostbackRefusedForItsNonceIsRecognisedHoweverDeepItIsWrapped() {
        assertThat(ForgedPostbackFilter.refusedByContentSecurityPolicy(
                new ServletException(new FacesException(new CspException("Missing CSP nonce"))))).isTrue();
    }

    @Test
    void anyOtherFailureIsLeftAsTheFaultItIs() {
        assertThat(ForgedPostbackFilter.refusedByContentSecurityPolicy(
                new ServletException(new IllegalStateException("broken")))).isFalse();
    }
}
