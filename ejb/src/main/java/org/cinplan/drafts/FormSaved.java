package org.cinplan.drafts;

/**
 * A long form was saved: its author's drafts of it on that case are no longer needed. Fired by the service that saves
 * the form, inside its transaction, so the drafts go only if the save commits.
 *
 * @param author the username of whoever saved the form
 */
public record FormSaved(DraftForm form, long episodeId, String author) {
}
