package org.cinplan.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestedPageTest {

    @Test
    void aPageOfTheApplicationIsContinuedToAsAPathWithItsQuery() {
        assertThat(RequestedPage.withinApplication("/cinplan", "http://localhost:8080/cinplan/case.xhtml?episode=2"))
                .isEqualTo("/cinplan/case.xhtml?episode=2");
        assertThat(RequestedPage.withinApplication("/cinplan", "https://cinplan.example.org/cinplan/caseload.xhtml"))
                .isEqualTo("/cinplan/caseload.xhtml");
    }

    @Test
    void anythingOutsideTheApplicationIsNot() {
        assertThat(RequestedPage.withinApplication("/cinplan", "http://localhost:8080/other/page.xhtml")).isNull();
        assertThat(RequestedPage.withinApplication("/cinplan", "http://localhost:8080/cinplanx/page.xhtml")).isNull();
        assertThat(RequestedPage.withinApplication("/cinplan", "http://localhost:8080/cinplan/../admin")).isNull();
        assertThat(RequestedPage.withinApplication("/cinplan", "http://localhost:8080/cinplan//evil.example")).isNull();
        assertThat(RequestedPage.withinApplication("/cinplan", "not a url")).isNull();
    }
}
