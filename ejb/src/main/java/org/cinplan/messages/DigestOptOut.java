package org.cinplan.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A member of staff who turned their daily digest off (and since when). */
@Entity
@Table(name = "digest_opt_out")
class DigestOptOut {

    @Id
    @Column(length = 60)
    private String username;

    @Column(name = "off_since", nullable = false)
    private LocalDateTime offSince;

    protected DigestOptOut() {
    }

    DigestOptOut(String username, LocalDateTime offSince) {
        this.username = username;
        this.offSince = offSince;
    }
}
