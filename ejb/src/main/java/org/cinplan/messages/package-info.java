/**
 * Messages: every email cinplan sends, through the application server's mail session {@code mail/cinplan} (configured
 * by server-config: SMTP host, port, TLS, sender). Owns the send log ({@code outgoing_message}: to whom, what, when,
 * the result and the attempts) and the sending: a message is queued in a transaction of its own once the business
 * change that caused it has committed, then sent outside any transaction, at once and again by a timer after a
 * temporary failure, so a mail server that is down never fails or rolls back a booking or a sweep.
 * <p>
 * What it sends, each from another area's event observed after that area's transaction succeeded (no area calls in
 * here): calendar invitations, updates and cancellations for meetings ({@link org.cinplan.meetings.MeetingInvitation});
 * escalations to team managers ({@link org.cinplan.alerts.AlertRaised}); documents to a distribution list, as PDF
 * marked OFFICIAL-SENSITIVE and only to the recorded recipients' addresses: the minutes of a held meeting
 * ({@link org.cinplan.meetings.MinutesDistribution}) and the CIN plan in force ({@link org.cinplan.planning.PlanDistribution}),
 * whose sending is recorded once the mail server accepted them; and, on its own timer, each worker's daily
 * digest of their cases' deadlines at the time administrators set. Internal emails name a case only by its reference
 * and a link, never the child.
 */
package org.cinplan.messages;
