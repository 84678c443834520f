package org.cinplan.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cinplan.admin.SignInStatus;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Checks on every signed-in request, against the database, that the session may go on, so it holds on every server and
 * needs no list of sessions:
 * <ul>
 * <li>the account disabled or removed, or its password changed or reset since this session signed in: the session
 *     ends (a page is sent to the sign-in page, an Ajax request told to go there, an API call gets 401);</li>
 * <li>a password to change (reset by an administrator, or the first administrator's): every page but
 *     {@value #CHANGE_PASSWORD_PAGE} sends the person there, and API calls get 403.</li>
 * </ul>
 * Static resources (style sheets, scripts) hold nothing and are not checked.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionStandingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ENDED_PAGE = "/login.xhtml?ended=true";
    static final String CHANGE_PASSWORD_PAGE = "/password.xhtml";

    @EJB
    private SignInStatus signInStatus;

    @EJB
    private AuditTrail auditTrail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInCaller caller = SignedInCaller.of(request);
        if (caller == null || SecurityHeadersFilter.isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        switch (signInStatus.standing(caller.username(), caller.credentialsVersion())) {
            case SIGNED_IN -> chain.doFilter(request, response);
            case MUST_CHANGE_PASSWORD -> {
                if (path(request).equals(CHANGE_PASSWORD_PAGE) || path(request).equals("/login.xhtml")) {
                    chain.doFilter(request, response);
                } else {
                    sendTo(request, response, CHANGE_PASSWORD_PAGE, HttpServletResponse.SC_FORBIDDEN,
                            "Choose a new password before going on");
                }
            }
            case ENDED -> end(caller, request, response);
        }
    }

    private void end(SignedInCaller caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        auditTrail.recordIndependently(caller.username(), AuditAction.SIGN_OUT, "StaffMember", caller.username(), null,
                "Session ended: the account is disabled, or its password was changed", AuditOutcome.SUCCESS);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        sendTo(request, response, ENDED_PAGE, HttpServletResponse.SC_UNAUTHORIZED, "Your session has ended");
    }

    private static void sendTo(HttpServletRequest request, HttpServletResponse response, String page, int apiStatus,
                               String apiMessage) throws IOException {
        String target = request.getContextPath() + page;
        if (path(request).startsWith("/api/")) {
            response.setStatus(apiStatus);
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"status\":" + apiStatus + ",\"message\":\"" + apiMessage + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
