package org.cinplan.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The id a rendering of a create form carried when it was saved. Saved in the transaction of what the form creates, so
 * the same form sent again (a double click, a retry, the back button) is refused and nothing is saved twice; a form
 * refused for a business rule rolls back and may be sent again.
 */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

    /** The refusal of a form sent again. */
    public static final String SENT_TWICE = "This form was already sent and saved (a second click, or a page brought"
            + " back with the back button): it was not saved twice. Reload the page to see what was saved.";

    @Id
    @Column(name = "submission_id", length = 36)
    private String submissionId;

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected FormSubmission() {
    }

    private FormSubmission(String submissionId, String username, LocalDateTime receivedAt) {
        this.submissionId = submissionId;
        this.username = username;
        this.receivedAt = receivedAt;
    }

    /**
     * Saves the submission's id, or refuses it ({@link #SENT_TWICE}) when it was saved before; a copy sent at the same
     * moment waits on the primary key and is refused once the first commits.
     */
    public static void acceptOnce(EntityManager em, String submissionId, String username, LocalDateTime now) {
        if (em.find(FormSubmission.class, submissionId) != null) {
            throw new BusinessRuleViolation(Validity.SENT_TWICE, SENT_TWICE);
        }
        try {
            em.persist(new FormSubmission(submissionId, username, now));
            em.flush();
        } catch (PersistenceException sentMeanwhile) {
            throw new BusinessRuleViolation(Validity.SENT_TWICE, SENT_TWICE);
        }
    }
}
