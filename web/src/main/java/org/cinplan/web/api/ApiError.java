package org.cinplan.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/**
 * The body of every refused API request: the rule refused under (a rule of the catalogue, or one of {@link Validity}'s
 * for malformed or missing input and access) and one message a person can act on.
 */
public record ApiError(int status, String rule, String message) {

    /** A parameter missing or not of the form it must have ("A case id is a whole number"). */
    static Response badRequest(String message) {
        return badRequest(Validity.KNOWN_VALUE, message);
    }

    static Response badRequest(BusinessRuleViolation violation) {
        return badRequest(violation.rule(), violation.getMessage());
    }

    static Response badRequest(String rule, String message) {
        return refused(400, rule, message);
    }

    /** The rule a refusal of access names: the record's access list or team, or the caller's role. */
    static final String RECORD_ACCESS = "RECORD_ACCESS";
    static final String ROLE_ACCESS = "ROLE_ACCESS";

    static Response refused(int status, String rule, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, rule, message)).build();
    }
}
