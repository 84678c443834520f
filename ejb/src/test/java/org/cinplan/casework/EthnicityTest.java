package org.cinplan.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A recorded ethnicity code reads as the DfE label the select menus list. */
class EthnicityTest {

    @Test
    void aRecordedCodeReadsAsItsLabel() {
        assertThat(Ethnicity.labelOf("WBRI")).isEqualTo("WBRI White British").isEqualTo(Ethnicity.WBRI.label());
        assertThat(Ethnicity.labelOf("NOBT")).isEqualTo("NOBT Information not yet obtained");
    }

    @Test
    void aCodeOffTheListReadsAsItselfAndNoneAsNothing() {
        assertThat(Ethnicity.labelOf("ASIN")).isEqualTo("ASIN");
        assertThat(Ethnicity.labelOf(null)).isNull();
    }
}
