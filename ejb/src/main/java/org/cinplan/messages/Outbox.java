package org.cinplan.messages;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cinplan.meetings.MinutesEmailed;

/**
 * The send log as a queue. Each method commits in a transaction of its own (never the caller's business transaction):
 * queueing, taking a due message for sending, and recording the result of an attempt. Used only by this area.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    /** How long a message taken for sending is left to the sender before another may take it. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void queue(List<NewMessage> messages) {
        LocalDateTime now = now();
        for (NewMessage m : messages) {
            OutgoingMessage message = new OutgoingMessage(m, now);
            em.persist(message);
            if (!m.attachments().isEmpty()) {
                em.flush();
                m.attachments().forEach(a -> em.persist(new OutgoingAttachment(message.id(), a)));
            }
        }
    }

    /** The ids of the messages due to be sent now, oldest first. */
    public List<Long> dueIds() {
        LocalDateTime now = now();
        return em.createQuery("select m.id from OutgoingMessage m where m.status = :queued"
                        + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", MessageStatus.QUEUED).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
    }

    /**
     * Takes a due message for sending, in one update that only one taker can win (another server, the timer and an
     * immediate send may all try); empty when it is not due or someone else has it.
     */
    public Optional<Envelope> claim(long id) {
        LocalDateTime now = now();
        int claimed = em.createQuery("update OutgoingMessage m set m.claimedUntil = :until, m.version = m.version + 1"
                        + " where m.id = :id and m.status = :queued and m.nextAttemptAt <= :now"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM)).setParameter("id", id)
                .setParameter("queued", MessageStatus.QUEUED).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        List<Attachment> attachments = em.createQuery("select a from OutgoingAttachment a where a.messageId = :id"
                + " order by a.id", OutgoingAttachment.class).setParameter("id", id).getResultStream()
                .map(OutgoingAttachment::value).toList();
        return Optional.of(Envelope.of(em.find(OutgoingMessage.class, id), attachments));
    }

    @Inject
    private Event<MinutesEmailed> minutesEmailed;

    /**
     * Logs a message as sent. The last of a meeting's minutes (those queued together) announces that the minutes were
     * emailed. The batch's first row is locked first, so two of its messages logged at once are logged one after the
     * other, and the second sees the first.
     */
    public void sent(long id) {
        OutgoingMessage message = em.find(OutgoingMessage.class, id);
        if (message.kind() != MessageKind.MINUTES) {
            message.sent(now());
            return;
        }
        String batch = " from OutgoingMessage m where m.kind = :minutes and m.referenceId = :meeting"
                + " and m.queuedAt = :queued";
        Long first = em.createQuery("select min(m.id)" + batch, Long.class)
                .setParameter("minutes", MessageKind.MINUTES).setParameter("meeting", message.referenceId())
                .setParameter("queued", message.queuedAt()).getSingleResult();
        em.find(OutgoingMessage.class, first, LockModeType.PESSIMISTIC_WRITE);
        message.sent(now());
        em.flush();
        long unsent = em.createQuery("select count(m)" + batch + " and m.status <> :sent", Long.class)
                .setParameter("minutes", MessageKind.MINUTES).setParameter("meeting", message.referenceId())
                .setParameter("queued", message.queuedAt()).setParameter("sent", MessageStatus.SENT).getSingleResult();
        if (unsent == 0) {
            List<String> recipients = em.createQuery("select m.recipientName, m.recipient" + batch + " order by m.id",
                            Object[].class)
                    .setParameter("minutes", MessageKind.MINUTES).setParameter("meeting", message.referenceId())
                    .setParameter("queued", message.queuedAt()).getResultStream()
                    .map(r -> r[0] + " <" + r[1] + ">").toList();
            minutesEmailed.fire(new MinutesEmailed(message.referenceId(), LocalDate.now(clock), recipients));
        }
    }

    public void failed(long id, String error, boolean temporary) {
        em.find(OutgoingMessage.class, id).failed(now(), error, temporary);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
