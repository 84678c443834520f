package org.cinplan.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Forgets the ids of forms whose pages can no longer be sent: a page's form dies with its session (30 minutes idle), so
 * after a day its id guards nothing and only grows the table.
 */
@Stateless
public class FormSubmissionPurge {

    /** How long a form's id is kept: well past the longest session a page can live in. */
    public static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Deletes the ids received more than {@link #KEPT} ago; the number deleted. */
    public int forgetExpiredForms() {
        return em.createQuery("delete from FormSubmission s where s.receivedAt < :cutoff")
                .setParameter("cutoff", LocalDateTime.now(clock).minus(KEPT)).executeUpdate();
    }

    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        forgetExpiredForms();
    }
}
