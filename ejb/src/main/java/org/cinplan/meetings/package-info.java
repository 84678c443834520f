/**
 * Meetings: booking CIN meetings and inviting people to them, the calendar, the initial meeting and reviews as held
 * (attendance, minutes, exclusions, differences of opinion, distribution of the minutes), and the review outcome that
 * drives the case (closure, step-down, updated assessment, step-up to child protection).
 */
package org.cinplan.meetings;
