package org.cinplan.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.platform.BusinessRuleViolation;

import java.util.function.Supplier;

/** Turns a refused service call into messages on the page, keeping what the user typed. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * A page's first load of its record ({@link #orShowProblem}): a record the user may not open, or one that does not
     * exist (the service gives both the same answer), also makes the page a 403 (a postback keeps its status, so the
     * page's own scripts still show the message).
     */
    public static <T> T loadOrRefuse(Supplier<T> load) {
        return orShowProblem(() -> {
            try {
                return load.get();
            } catch (RecordAccessDenied denied) {
                FacesContext faces = FacesContext.getCurrentInstance();
                if (!faces.isPostback()) {
                    faces.getExternalContext().setResponseStatus(403);
                }
                throw denied;
            }
        });
    }

    /** The call's result, or null after showing the user why it was refused. */
    public static <T> T orShowProblem(Supplier<T> call) {
        try {
            return call.get();
        } catch (BusinessRuleViolation violation) {
            errorAt(violation.rule(), violation.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(v -> errorAt(property(v), v.getMessage()));
            } else if (changedMeanwhile(e)) {
                error(CHANGED_MEANWHILE);
            } else {
                throw e;
            }
        }
        return null;
    }

    /** What someone is told when their change met another person's change to the same record at the same moment. */
    static final String CHANGED_MEANWHILE = "Someone else changed this case at the same moment, so nothing you entered"
            + " was saved. Your entries are still here: check the case and send them again.";

    /** Whether the call failed because another transaction changed the same record first (nothing was saved). */
    private static boolean changedMeanwhile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** Runs a change; true after telling the user {@code done}, false after showing why it was refused. */
    public static boolean done(Runnable change, String done) {
        Boolean changed = orShowProblem(() -> {
            change.run();
            return Boolean.TRUE;
        });
        if (changed == null) {
            return false;
        }
        info(done);
        return true;
    }

    /**
     * An error about the form property (or rule) {@code property}: beside the field that answers for it in the form
     * sent ({@link FieldProblems}), or about the whole form when no field does.
     */
    public static void errorAt(String property, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (FieldProblems.showAtField(faces, property, message)) {
            faces.validationFailed();
        } else {
            error(message);
        }
    }

    /** The last name on a violation's property path: the form object's property (or rule method) refused. */
    private static String property(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
        }
        return last;
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
