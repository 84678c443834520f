package org.cinplan.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One email in the send log: queued, then sent or, after a temporary failure, tried again later (at most
 * {@link #MOST_ATTEMPTS} times in all), or failed for good.
 */
@Entity
@Table(name = "outgoing_message")
class OutgoingMessage {

    static final int MOST_ATTEMPTS = 5;
    /** How long after each failed attempt the next is made. */
    private static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));
    private static final int LONGEST_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MessageKind kind;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(name = "recipient_name", length = 200, updatable = false)
    private String recipientName;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 16000, updatable = false)
    private String body;

    @Column(length = 8000, updatable = false)
    private String calendar;

    @Column(name = "episode_id", updatable = false)
    private Long episodeId;

    @Column(name = "reference_id", updatable = false)
    private Long referenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private LocalDateTime queuedAt;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "last_attempt_at")
    private LocalDateTime lastAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = LONGEST_ERROR)
    private String lastError;

    @Version
    @Column(name = "row_version")
    private int version;

    protected OutgoingMessage() {
    }

    OutgoingMessage(NewMessage message, LocalDateTime now) {
        this.kind = message.kind();
        this.recipient = message.recipient();
        this.recipientName = message.recipientName();
        this.subject = message.subject();
        this.body = message.body();
        this.calendar = message.calendar();
        this.episodeId = message.episodeId();
        this.referenceId = message.referenceId();
        this.status = MessageStatus.QUEUED;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    /** Whether it may be taken for sending now: queued, due, and not being sent elsewhere. */
    boolean dueAt(LocalDateTime now) {
        return status == MessageStatus.QUEUED && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    void claim(LocalDateTime now, Duration forAtMost) {
        this.claimedUntil = now.plus(forAtMost);
    }

    void sent(LocalDateTime now) {
        this.attempts++;
        this.status = MessageStatus.SENT;
        this.sentAt = now;
        this.lastAttemptAt = now;
        this.nextAttemptAt = null;
        this.claimedUntil = null;
    }

    /** A failed attempt: tried again later if the failure may pass and attempts remain, else failed for good. */
    void failed(LocalDateTime now, String error, boolean temporary) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.claimedUntil = null;
        this.lastError = error == null ? "unknown error"
                : error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
        if (temporary && attempts < MOST_ATTEMPTS) {
            this.nextAttemptAt = now.plus(BACK_OFF.get(Math.min(attempts, BACK_OFF.size()) - 1));
        } else {
            this.status = MessageStatus.FAILED;
            this.nextAttemptAt = null;
        }
    }

    Long id() {
        return id;
    }

    MessageKind kind() {
        return kind;
    }

    String recipient() {
        return recipient;
    }

    String recipientName() {
        return recipientName;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String calendar() {
        return calendar;
    }

    Long episodeId() {
        return episodeId;
    }

    Long referenceId() {
        return referenceId;
    }

    MessageStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    LocalDateTime queuedAt() {
        return queuedAt;
    }

    LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    LocalDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    String lastError() {
        return lastError;
    }
}
