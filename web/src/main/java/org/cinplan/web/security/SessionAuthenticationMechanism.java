package org.cinplan.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
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
 * <p>
 * A page asked for before signing in sends the person to the sign-in page, and after it back to the page
 * ({@link AfterSignIn}); this mechanism does it itself rather than through {@code @LoginToContinue}, whose interceptor
 * would run before it on every request and send even a signed-in caller round by the sign-in page.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";

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
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            AfterSignIn.remember(request);
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
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
