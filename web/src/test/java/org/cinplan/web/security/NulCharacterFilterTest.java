package org.cinplan.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NulCharacterFilterTest {

    @Test
    void aParameterLosesItsNulCharactersAndKeepsEverythingElse() {
        assertThat(NulCharacterFilter.withoutNul("A\u0000B\u0000 שלום\t")).isEqualTo("AB שלום\t");
        assertThat(NulCharacterFilter.withoutNul(null)).isNull();
    }

    @Test
    void theQueryStringLosesEncodedNulsButNotTheEncodedTextPercentZeroZero() {
        assertThat(NulCharacterFilter.queryWithoutNul("actor=READING%00&child=%2500")).isEqualTo("actor=READING&child=%2500");
        assertThat(NulCharacterFilter.queryWithoutNul(null)).isNull();
    }
}
