package org.cinplan.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.cinplan.admin.OwnPassword;
import org.cinplan.admin.SignInStatus;
import org.cinplan.admin.StaffDetailsRefused;
import org.cinplan.admin.StaffField;
import org.cinplan.web.FacesMessages;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A signed-in person changes their own password; this session goes on, their others end. */
@Named
@RequestScoped
public class ChangePasswordView {

    private static final Map<StaffField, String> FIELDS = Map.of(
            StaffField.CURRENT_PASSWORD, "password:current",
            StaffField.PASSWORD, "password:newPassword");

    @EJB
    private OwnPassword ownPassword;

    @EJB
    private SignInStatus signInStatus;

    @Inject
    private FacesContext facesContext;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** Whether the person must choose a password before going on (an administrator set the one they have). */
    public boolean isRequired() {
        SignedInCaller caller = SignedInCaller.of(request());
        return caller != null && signInStatus.standing(caller.username(), caller.credentialsVersion())
                == SignInStatus.Standing.MUST_CHANGE_PASSWORD;
    }

    public void change() throws IOException {
        if (!newPassword.equals(confirmation)) {
            facesContext.addMessage("password:confirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two new passwords are not the same; type it twice alike.", null));
            facesContext.validationFailed();
            return;
        }
        Integer version = FacesMessages.orShowProblem(() -> {
            try {
                return ownPassword.change(currentPassword, newPassword);
            } catch (StaffDetailsRefused refused) {
                refused.problems().forEach((field, problems) -> show(FIELDS.get(field), problems));
                facesContext.validationFailed();
                return null;
            }
        });
        if (version == null) {
            return;
        }
        SignedInCaller caller = SignedInCaller.of(request());
        caller.withCredentialsVersion(version).keepIn(request().getSession());
        ExternalContext external = facesContext.getExternalContext();
        external.getFlash().setKeepMessages(true);
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Your password has been changed.", null));
        external.redirect(external.getRequestContextPath() + "/caseload.xhtml");
    }

    private void show(String clientId, List<String> problems) {
        problems.forEach(problem -> facesContext.addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null)));
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
