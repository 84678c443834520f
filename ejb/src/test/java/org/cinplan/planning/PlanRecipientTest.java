package org.cinplan.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRecipientTest {

    @Test
    void aStoredRecipientKeepsTheirEmailAddressWhenSentThePlanAndInTheNextDraft() {
        PlanRecipient stored = new RecipientLine(new PlanRecipient("Oak Primary School", RecipientKind.AGENCY, null,
                " head@oak.example.org ")).value();
        assertThat(stored.email()).isEqualTo("head@oak.example.org");

        PlanRecipient sent = stored.sent(LocalDate.of(2027, 1, 12));
        assertThat(sent).isEqualTo(new PlanRecipient("Oak Primary School", RecipientKind.AGENCY,
                LocalDate.of(2027, 1, 12), "head@oak.example.org"));
        assertThat(sent.sent(null).email()).isEqualTo("head@oak.example.org");
    }

    @Test
    void noAddressIsStoredAsNone() {
        assertThat(new RecipientLine(new PlanRecipient("Mrs Test", RecipientKind.PARENT, null, " ")).value().email())
                .isNull();
    }
}
