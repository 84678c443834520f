package org.cinplan.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cinplan.admin.SignInThrottle;
import org.cinplan.admin.StaffCredentials;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The sign-in form. A refused sign-in says so plainly and never says which of the two was wrong. Attempts are limited
 * per username and per source address ({@link SignInThrottle}) before the password is checked; the source address is
 * in every sign-in's audit entry.
 */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private AuditTrail auditTrail;

    @EJB
    private SignInThrottle throttle;

    @EJB
    private StaffCredentials credentials;

    @NotBlank(message = "Enter your username")
    @Size(max = 60, message = "A username has at most 60 characters")
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 256, message = "A password has at most 256 characters")
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String who = username.strip();
        SignInThrottle.Admission admission = throttle.admit(who, request.getRemoteAddr());
        if (admission != SignInThrottle.Admission.ADMITTED) {
            auditTrail.recordFailedSignIn(who, credentials.exists(who), request.getRemoteAddr(),
                    admission == SignInThrottle.Admission.USERNAME_LOCKED ? "Throttled: too many sign-ins for this username"
                            : "Throttled: too many sign-ins from this address", AuditOutcome.DENIED);
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Sign-in refused: too many attempts. Wait " + SignInThrottle.WINDOW.toMinutes()
                            + " minutes, or ask an administrator to reset your password.", null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(who, password)));
        boolean signedIn = status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
        if (signedIn) {
            request.changeSessionId(); // no session fixation
            throttle.succeeded(who, request.getRemoteAddr());
            auditTrail.recordIndependently(who, AuditAction.SIGN_IN, "StaffMember", who, null,
                    "Signed in from " + request.getRemoteAddr(), AuditOutcome.SUCCESS);
        } else {
            auditTrail.recordFailedSignIn(who, credentials.exists(who), request.getRemoteAddr(),
                    "Wrong username or password", AuditOutcome.FAILURE);
        }
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(AfterSignIn.target(request));
            default -> facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Sign-in refused: the username or password is not right.", null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
