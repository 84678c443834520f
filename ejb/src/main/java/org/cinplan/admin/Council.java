package org.cinplan.admin;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/** A council (local authority) whose children's services use cinplan. */
@Entity
@Cacheable // never changed once made: kept in the shared cache, not read again by every access check
public class Council {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_family", nullable = false, length = 40)
    private PolicyFamily policyFamily;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Council() {
    }

    public Council(String code, String name, PolicyFamily policyFamily) {
        this.code = requireText(code, "council code");
        this.name = requireText(name, "council name");
        this.policyFamily = Objects.requireNonNull(policyFamily, "policy family is required");
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "A " + what + " is required");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public PolicyFamily policyFamily() {
        return policyFamily;
    }
}
