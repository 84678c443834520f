package org.cinplan.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cinplan.admin.CredentialCheck;
import org.cinplan.admin.StaffCredentials;

/**
 * Sign-in for the JSF sign-in page, and the signed-in caller handed to the container on every later request.
 * <p>
 * Why not the built-in custom form mechanism: it re-establishes a signed-in caller through {@code @AutoApplySession},
 * which passes the container only the session's principal, never its groups. Payara then looks for the groups in the
 * security context the request's thread happens to hold ({@code SecurityContext.getCurrent()}), and when requests
 * overlap that is another request's, or none: the caller arrives with no roles, and secured EJBs refuse them
 * ({@code AccessLocalException}, HTTP 500) or pages answer 403 (Payara issue #6145). Here the caller's name and roles
 * are kept in the session at sign-in and handed over, both, on every request: nothing depends on thread state.
 */
@ApplicationScoped
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @EJB
    private StaffCredentials credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential typed) {
            CredentialCheck check = credentials.check(typed.getCaller(), typed.getPassword().getValue());
            typed.getPassword().clear();
            if (!check.accepted()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedInCaller caller = new SignedInCaller(check.username(), check.roles(), check.credentialsVersion());
            caller.keepIn(request.getSession(true));
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        SignedInCaller caller = SignedInCaller.of(request);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
