package org.cinplan.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cinplan.platform.BusinessRuleViolation;

/** A request that breaks a business rule is the caller's to correct: 400 naming the rule, with its message. */
@Provider
public class BusinessRuleViolationMapper implements ExceptionMapper<BusinessRuleViolation> {

    @Override
    public Response toResponse(BusinessRuleViolation violation) {
        return ApiError.badRequest(violation);
    }
}
