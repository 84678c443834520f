package org.cinplan.drafts;

import java.time.LocalDateTime;

/**
 * The kept text of one box of a form, for its author only.
 *
 * @param savedAt when it was last kept, in UK time
 * @param offer   what the form says of it: "You have an unsaved draft from 14:32"
 */
public record Draft(DraftForm form, long episodeId, String field, String text, LocalDateTime savedAt, String offer) {
}
