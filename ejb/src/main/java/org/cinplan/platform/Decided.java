package org.cinplan.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who decided something put to them (a plan to approve, a closure to agree), when (UTC), and any comments they gave.
 * Its columns are {@code decided_by}, {@code decided_at} and {@code comments}; an entity may rename them with
 * {@code @AttributeOverride}. Read back as null while nothing is decided (all its columns empty).
 */
@Embeddable
public class Decided {

    @Column(name = "decided_by", length = 60)
    private String by;

    @Column(name = "decided_at")
    private LocalDateTime at;

    @Column(name = "comments", length = 2000)
    private String comments;

    protected Decided() {
    }

    public Decided(String by, LocalDateTime at, String comments) {
        this.by = Objects.requireNonNull(by, "decided by whom?");
        this.at = Objects.requireNonNull(at, "decided when?");
        this.comments = comments;
    }

    public String by() {
        return by;
    }

    /** UTC. */
    public LocalDateTime at() {
        return at;
    }

    public String comments() {
        return comments;
    }
}
