package org.cinplan.drafts;

import org.cinplan.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a draft may hold and how it is offered back, without a container. */
class DraftRulesTest {

    private static final LocalDateTime NOON_UTC = LocalDateTime.of(2026, 12, 3, 12, 0);

    @Test
    void blankTextIsNoDraft() {
        assertThat(DraftRules.worthKeeping(null)).isFalse();
        assertThat(DraftRules.worthKeeping(" \n\t")).isFalse();
        assertThat(DraftRules.worthKeeping("Home warm")).isTrue();
    }

    @Test
    void aDraftHoldsNoMoreThanTheBox() {
        assertThat(DraftRules.body("x".repeat(DraftRules.MAX_LENGTH))).hasSize(DraftRules.MAX_LENGTH);
        assertThatThrownBy(() -> DraftRules.body("x".repeat(DraftRules.MAX_LENGTH + 1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 4000 characters");
    }

    @Test
    void aDraftBelongsToANamedBox() {
        assertThat(DraftRules.fieldName("observations")).isEqualTo("observations");
        assertThat(DraftRules.fieldName("outcomes2")).isEqualTo("outcomes2");
        for (String bad : new String[]{null, "", "2needs", "needs:text", "needs; drop", "x".repeat(61)}) {
            assertThatThrownBy(() -> DraftRules.fieldName(bad)).as(String.valueOf(bad))
                    .isInstanceOf(BusinessRuleViolation.class);
        }
    }

    @Test
    void aDraftIsOfferedInUkTime() {
        // 12:00 UTC is 12:00 in December (GMT) and 13:00 in July (BST).
        assertThat(DraftRules.inUk(NOON_UTC)).isEqualTo(NOON_UTC);
        assertThat(DraftRules.inUk(LocalDateTime.of(2026, 7, 1, 12, 0))).isEqualTo(LocalDateTime.of(2026, 7, 1, 13, 0));
    }

    @Test
    void theOfferSaysTheTimeTodayAndTheDayOtherwise() {
        LocalDateTime savedAt = LocalDateTime.of(2026, 12, 3, 14, 32);
        assertThat(DraftRules.offer(savedAt, LocalDate.of(2026, 12, 3))).isEqualTo("You have an unsaved draft from 14:32");
        assertThat(DraftRules.offer(savedAt, LocalDate.of(2026, 12, 4)))
                .isEqualTo("You have an unsaved draft from 3 Dec 2026 at 14:32");
    }

    @Test
    void aKeptDraftTakesTheLatestText() {
        DraftText draft = new DraftText("sw.demo", DraftForm.VISIT_WRITE_UP, 7L, "observations", "Home warm", NOON_UTC);
        draft.keep("Home warm and tidy", NOON_UTC.plusMinutes(1));
        assertThat(draft.body()).isEqualTo("Home warm and tidy");
        assertThat(draft.savedAt()).isEqualTo(NOON_UTC.plusMinutes(1));
        assertThatThrownBy(() -> new DraftText("sw.demo", DraftForm.MINUTES, 7L, "a b", "text", NOON_UTC))
                .isInstanceOf(BusinessRuleViolation.class);
    }
}
