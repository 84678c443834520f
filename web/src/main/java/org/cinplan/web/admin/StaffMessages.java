package org.cinplan.web.admin;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffDetailsRefused;
import org.cinplan.admin.StaffField;
import org.cinplan.web.FacesMessages;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Shows a refused staff change on the page: each problem at its field, a stale change as one clear message. */
final class StaffMessages {

    private StaffMessages() {
    }

    /**
     * The call's result, or null after showing why it was refused.
     *
     * @param fieldIds the client id of the input for each field; a field without one gets a page message
     */
    static <T> T orShowProblems(Supplier<T> call, Map<StaffField, String> fieldIds) {
        return FacesMessages.orShowProblem(() -> {
            try {
                return call.get();
            } catch (StaffDetailsRefused refused) {
                refused.problems().forEach((field, problems) -> show(fieldIds.get(field), problems));
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            } catch (OptimisticLockException e) {
                FacesMessages.error(StaffAdministration.STALE);
                return null;
            } catch (EJBException e) {
                if (causedByOptimisticLock(e)) {
                    FacesMessages.error(StaffAdministration.STALE);
                    return null;
                }
                throw e;
            }
        });
    }

    static boolean causedByOptimisticLock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void show(String clientId, List<String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (String problem : problems) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
        }
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
