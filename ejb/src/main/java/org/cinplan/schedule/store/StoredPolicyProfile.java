package org.cinplan.schedule.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a council's policy profile as stored. Versions are only ever added, never edited, so a
 * deadline that recorded the version it used can always be explained again.
 */
@Entity
@Table(name = "policy_profile")
class StoredPolicyProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_code", nullable = false, updatable = false, length = 40)
    private CouncilCode council;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int version;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "change_note", updatable = false, length = 2000)
    private String changeNote;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    private List<StoredRuleSetting> settings = new ArrayList<>();

    protected StoredPolicyProfile() {
    }

    StoredPolicyProfile(PolicyProfile profile, String createdBy, LocalDateTime createdAt, String changeNote) {
        this.council = profile.council();
        this.version = profile.version();
        this.effectiveFrom = profile.effectiveFrom();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changeNote = changeNote;
        profile.settings().forEach((rule, setting) -> settings.add(new StoredRuleSetting(this, rule, setting)));
    }

    CouncilCode council() {
        return council;
    }

    PolicyProfile toProfile() {
        Map<RuleId, RuleSetting> values = new EnumMap<>(RuleId.class);
        settings.forEach(stored -> values.put(stored.rule(), stored.toSetting()));
        return new PolicyProfile(council, council.displayName(), version, effectiveFrom, values);
    }
}
