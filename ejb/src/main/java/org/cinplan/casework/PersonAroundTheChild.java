package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A parent, carer or other key family member of a child (issue 15 item 3): who they are to the child, whether they
 * hold parental responsibility, where they live and how to reach them, and what makes the plan understandable to
 * them (a learning or communication need, an interpreter's language).
 */
@Entity
@Table(name = "person_around_child")
class PersonAroundTheChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id", updatable = false)
    private Child child;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 100)
    private String relationship;

    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    @Column(name = "lives_with_child", nullable = false)
    private boolean livesWithChild;

    @Column(length = 500)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "communication_need", length = 1000)
    private String communicationNeed;

    @Column(name = "interpreter_language", length = 100)
    private String interpreterLanguage;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Version
    @Column(name = "row_version")
    private int version;

    protected PersonAroundTheChild() {
    }

    PersonAroundTheChild(Child child, PersonAroundTheChildForm form, String recordedBy, LocalDateTime recordedAt) {
        this.child = Objects.requireNonNull(child, "a person around the child belongs to a child");
        this.fullName = form.fullName().strip();
        this.relationship = form.relationship().strip();
        this.parentalResponsibility = form.parentalResponsibility();
        this.livesWithChild = form.livesWithChild();
        this.address = tidy(form.address());
        this.phone = tidy(form.phone());
        this.email = tidy(form.email());
        this.communicationNeed = tidy(form.communicationNeed());
        this.interpreterLanguage = tidy(form.interpreterLanguage());
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    PersonAroundTheChildView toView() {
        return new PersonAroundTheChildView(id, fullName, relationship, parentalResponsibility, livesWithChild, address,
                phone, email, communicationNeed, interpreterLanguage);
    }

    Long id() {
        return id;
    }
}
