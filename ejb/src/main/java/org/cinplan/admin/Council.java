package org.cinplan.admin;

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

    /** The DfE LA number: the LEA of the council's census return (three digits). */
    @Column(name = "dfe_la_number", length = 3)
    private String laNumber;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Council() {
    }

    public Council(String code, String name, PolicyFamily policyFamily) {
        this.code = requireText(code, "council code");
        this.name = requireText(name, "council name");
        this.policyFamily = Objects.requireNonNull(policyFamily, "policy family is required");
        this.laNumber = DEFAULT_LA_NUMBERS.get(this.code);
    }

    /** The DfE LA numbers of the councils cinplan was built with; any other council's is set by an administrator. */
    private static final java.util.Map<String, String> DEFAULT_LA_NUMBERS = java.util.Map.of(
            "READING", "870", "WEST_BERKSHIRE", "869", "WOKINGHAM", "872", "SUFFOLK", "935");

    /** Sets the council's DfE LA number: three digits (the DfE's list of LA codes). */
    public void changeLaNumber(String number) {
        if (number == null || !number.strip().matches("\\d{3}")) {
            throw new org.cinplan.platform.BusinessRuleViolation(org.cinplan.platform.Validity.KNOWN_VALUE,
                    "A DfE LA number is three digits, such as 870");
        }
        this.laNumber = number.strip();
    }

    /** The DfE LA number, or null while none is set. */
    public String laNumber() {
        return laNumber;
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
