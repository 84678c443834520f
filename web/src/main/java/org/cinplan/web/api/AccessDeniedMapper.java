package org.cinplan.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A signed-in user asking for what their role does not allow: 403, never a stack trace. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    private AuditTrail auditTrail;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException exception) {
        String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
        auditTrail.recordIndependently(who, AuditAction.ACCESS_DENIED, "Request", null, null,
                request.getMethod() + " " + request.getRequestURI(), AuditOutcome.DENIED);
        return ApiError.refused(403, ApiError.ROLE_ACCESS, "Your role does not allow this");
    }
}
