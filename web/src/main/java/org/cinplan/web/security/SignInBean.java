package org.cinplan.web.security;

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
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in form. A refused sign-in says so plainly and never says which of the two was wrong. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private AuditTrail auditTrail;

    @NotBlank(message = "Enter your username")
    @Size(max = 60, message = "A username has at most 60 characters")
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 256, message = "A password has at most 256 characters")
    private String password;

    /** After this many refusals in the throttle window, a username is refused without checking the password. */
    static final int MAX_REFUSALS = 5;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        String who = username.strip();
        if (auditTrail.refusedSignInsSince(who, LocalDateTime.now(ZoneOffset.UTC).minus(THROTTLE_WINDOW)) >= MAX_REFUSALS) {
            auditTrail.recordIndependently(who, AuditAction.SIGN_IN_FAILED, "StaffMember", who, null,
                    "Throttled: too many refused sign-ins", AuditOutcome.DENIED);
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Sign-in refused: too many attempts. Wait 15 minutes, or ask an administrator to reset your password.",
                    null));
            return;
        }
        String continueTo = RequestedPage.savedFor((HttpServletRequest) external.getRequest());
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        boolean signedIn = status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
        if (signedIn) {
            ((HttpServletRequest) external.getRequest()).changeSessionId(); // no session fixation
        }
        auditTrail.recordIndependently(username.strip(), signedIn ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED,
                "StaffMember", username.strip(), null, null, signedIn ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(continueTo != null ? continueTo
                    : external.getRequestContextPath() + "/caseload.xhtml");
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
