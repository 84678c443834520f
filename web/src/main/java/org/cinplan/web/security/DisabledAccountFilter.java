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
 * Ends the session of a user whose account has been disabled (or removed) at their next request: the check is made
 * on every signed-in request against the database, so it holds on every server and needs no list of sessions.
 * A page request is sent to the sign-in page, an Ajax request is told to go there, an API call gets 401. Static
 * resources (style sheets, scripts) hold nothing and are not checked.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class DisabledAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ENDED_PAGE = "/login.xhtml?ended=true";

    @EJB
    private SignInStatus signInStatus;

    @EJB
    private AuditTrail auditTrail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user == null || SecurityHeadersFilter.isStaticResource(request) || signInStatus.mayStaySignedIn(user)) {
            chain.doFilter(request, response);
            return;
        }
        auditTrail.recordIndependently(user, AuditAction.SIGN_OUT, "StaffMember", user, null,
                "Session ended: the account is disabled", AuditOutcome.SUCCESS);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + ENDED_PAGE;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getOutputStream().write("{\"status\":401,\"message\":\"Your session has ended\"}"
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
}
