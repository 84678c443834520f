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
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cinplan.meetings.MinutesEmailed;
import org.cinplan.planning.PlanEmailed;

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

    @Inject
    private Event<PlanEmailed> planEmailed;

    /** Logs a message as sent; see {@link #settled} for documents sent to a distribution list. */
    public void sent(long id) {
        OutgoingMessage message = em.find(OutgoingMessage.class, id);
        if (!message.kind().isDistribution()) {
            message.sent(now());
            return;
        }
        lockBatch(message);
        message.sent(now());
        settled(message);
    }

    public void failed(long id, String error, boolean temporary) {
        OutgoingMessage message = em.find(OutgoingMessage.class, id);
        if (!message.kind().isDistribution()) {
            message.failed(now(), error, temporary);
            return;
        }
        lockBatch(message);
        message.failed(now(), error, temporary);
        if (message.status() == MessageStatus.FAILED) {
            settled(message);
        }
    }

    /**
     * The batch's first row is locked first, so two of a distribution's messages logged at once are logged one after
     * the other, and the second sees the first.
     */
    private void lockBatch(OutgoingMessage message) {
        em.find(OutgoingMessage.class, batch(message, "select min(m.id)", Long.class).getSingleResult(),
                LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * When none of a distribution's messages (those queued together) waits any longer, the sending is announced: the
     * minutes only when every one was sent (MINUTES_DISTRIBUTED stays unmet otherwise), the plan for those it reached.
     */
    private void settled(OutgoingMessage message) {
        em.flush();
        List<OutgoingMessage> batch = batch(message, "select m", OutgoingMessage.class).getResultStream()
                .sorted(Comparator.comparing(OutgoingMessage::id)).toList();
        if (batch.stream().anyMatch(m -> m.status() == MessageStatus.QUEUED)) {
            return;
        }
        List<OutgoingMessage> sent = batch.stream().filter(m -> m.status() == MessageStatus.SENT).toList();
        LocalDate today = LocalDate.now(clock);
        if (message.kind() == MessageKind.MINUTES && sent.size() == batch.size()) {
            minutesEmailed.fire(new MinutesEmailed(message.referenceId(), today,
                    sent.stream().map(m -> m.recipientName() + " <" + m.recipient() + ">").toList()));
        } else if (message.kind() == MessageKind.PLAN && !sent.isEmpty()) {
            planEmailed.fire(new PlanEmailed(message.episodeId(), message.referenceId().intValue(), today,
                    sent.stream().map(OutgoingMessage::recipient).toList()));
        }
    }

    /** A query over the messages queued together with this one, of its kind, about the same meeting or plan. */
    private <T> TypedQuery<T> batch(OutgoingMessage message, String select, Class<T> type) {
        return em.createQuery(select + " from OutgoingMessage m where m.kind = :kind and m.referenceId = :reference"
                        + " and m.episodeId = :episode and m.queuedAt = :queued", type)
                .setParameter("kind", message.kind()).setParameter("reference", message.referenceId())
                .setParameter("episode", message.episodeId()).setParameter("queued", message.queuedAt());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
