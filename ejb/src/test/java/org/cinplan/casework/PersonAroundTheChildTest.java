package org.cinplan.casework;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** A person around the child (issue 15 item 3): the cross-field check and how the record reads them, with no container. */
class PersonAroundTheChildTest {

    @Test
    void someoneWhoDoesNotLiveWithTheChildNeedsAnAddress() {
        assertThat(new PersonAroundTheChildForm("Dan Test", "Father", true, false, " ", null, null, null, null)
                .isAddressGivenWhenLivingElsewhere()).isFalse();
        assertThat(new PersonAroundTheChildForm("Dan Test", "Father", true, false, "1 High Street, Reading", null, null, null,
                null).isAddressGivenWhenLivingElsewhere()).isTrue();
        assertThat(new PersonAroundTheChildForm("Kim Test", "Mother", true, true, null, null, null, null, null)
                .isAddressGivenWhenLivingElsewhere()).isTrue();
    }

    @Test
    void theRecordSaysWhoTheyAreAndHowToMakeThePlanUnderstandableToThem() {
        PersonAroundTheChildView mother = new PersonAroundTheChildView(1L, "Kim Test", "Mother", true, true, null, null, null,
                "Learning disability: easy-read copies", "Polish");
        assertThat(mother.label()).isEqualTo("Kim Test, Mother (parental responsibility)");
        assertThat(mother.understandableBy()).isEqualTo("Learning disability: easy-read copies; interpreter: Polish");
        assertThat(new PersonAroundTheChildView(2L, "Ann Test", "Grandmother", false, false, "2 Low Road", null, null, null, null)
                .understandableBy()).isNull();
    }
}
