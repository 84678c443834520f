package org.cinplan.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.io.IOException;

/** Signs the user out and ends their session. */
@Named
@RequestScoped
public class SignOutBean {

    @Inject
    private FacesContext facesContext;

    @Inject
    private AuditTrail auditTrail;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        String who = external.getRemoteUser();
        if (who != null) {
            auditTrail.recordIndependently(who, AuditAction.SIGN_OUT, "StaffMember", who, null, null, AuditOutcome.SUCCESS);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
