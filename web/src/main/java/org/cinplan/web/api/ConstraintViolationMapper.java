package org.cinplan.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cinplan.platform.Validity;

import java.util.stream.Collectors;

/** Missing or invalid parameters: 400 naming each problem. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ApiError.badRequest(Validity.REQUIRED, exception.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("; ")));
    }
}
