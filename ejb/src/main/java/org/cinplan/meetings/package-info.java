/** Meetings: the initial CIN meeting and review meetings, their minutes and what they decide. */
package org.cinplan.meetings;
