package org.cinplan.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case a sweep could not evaluate, and why; the sweep went on with the others. */
@Entity
@Table(name = "sweep_failure")
class SweepFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private long episodeId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String message;

    protected SweepFailure() {
    }

    SweepFailure(long runId, long episodeId, String message) {
        this.runId = runId;
        this.episodeId = episodeId;
        String text = message == null || message.isBlank() ? "No message" : message;
        this.message = text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    public long runId() {
        return runId;
    }

    public long episodeId() {
        return episodeId;
    }

    public String message() {
        return message;
    }
}
