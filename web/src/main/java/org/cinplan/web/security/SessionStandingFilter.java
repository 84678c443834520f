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
import org.cinplan.admin.SignInStandings;
import org.cinplan.admin.SignInStatus;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Checks, against the database, that a signed-in session may go on, so it holds on every server and needs no list of
 * sessions. A session found in good standing is checked again at its first request after {@link #RECHECK_AFTER}, or
 * at once after a staff member's record changed on this server ({@link SignInStandings}): a change made here (an
 * administrator disabling an account or resetting a password, the person changing it) ends the sessions on this server
 * at their next request, and on any other server of a cluster within {@link #RECHECK_AFTER}.
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
    /** How long a session's good standing is taken as read before the database is asked again. */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    private static final String CHECKED = SessionStandingFilter.class.getName() + ".checked";

    /** When a session was last found in good standing, and at which revision of this server's staff changes. */
    private record GoodStanding(long revision, long checkedAtMillis) implements Serializable {

        /** Wall-clock time, so a session carried to another server is checked there within the bound too. */
        boolean stillHolds(long currentRevision, long nowMillis) {
            long age = nowMillis - checkedAtMillis;
            return revision == currentRevision && age >= 0 && age < RECHECK_AFTER.toMillis();
        }
    }

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
        HttpSession session = request.getSession(false);
        long revision = SignInStandings.revision();
        if (session.getAttribute(CHECKED) instanceof GoodStanding standing
                && standing.stillHolds(revision, System.currentTimeMillis())) {
            chain.doFilter(request, response);
            return;
        }
        switch (signInStatus.standing(caller.username(), caller.credentialsVersion())) {
            case SIGNED_IN -> {
                session.setAttribute(CHECKED, new GoodStanding(revision, System.currentTimeMillis()));
                chain.doFilter(request, response);
            }
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
