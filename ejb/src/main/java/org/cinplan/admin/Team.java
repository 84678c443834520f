package org.cinplan.admin;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.util.Objects;

/** A team of practitioners within one council. */
@Entity
@Cacheable // never changed once made: kept in the shared cache, not read again by every access check
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(nullable = false, length = 120)
    private String name;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Team() {
    }

    public Team(Council council, String name) {
        this.council = Objects.requireNonNull(council, "a team belongs to a council");
        this.name = Council.requireText(name, "team name");
    }

    public Long id() {
        return id;
    }

    public Council council() {
        return council;
    }

    public String name() {
        return name;
    }
}
