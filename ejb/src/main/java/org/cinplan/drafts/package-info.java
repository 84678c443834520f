/**
 * Drafts of long forms (a visit's write-up, a meeting's minutes, a CIN plan): the text a person is typing, kept on the
 * server as they type so that a session timeout, a closed laptop or a lost connection loses nothing. A draft is its
 * author's alone, never a record: no timeline, return or document reads it, and it goes when the form is saved
 * ({@link org.cinplan.drafts.FormSaved}) or the draft is discarded.
 */
package org.cinplan.drafts;
