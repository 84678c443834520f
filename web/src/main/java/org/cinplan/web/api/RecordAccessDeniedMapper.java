package org.cinplan.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cinplan.casework.RecordAccessDenied;

/**
 * A record the caller may not open, or that does not exist: 403 either way, so an id guessed in a URL tells
 * nothing about which ids exist. The service has already written the attempt to the audit trail.
 */
@Provider
public class RecordAccessDeniedMapper implements ExceptionMapper<RecordAccessDenied> {

    @Override
    public Response toResponse(RecordAccessDenied denied) {
        return ApiError.refused(403, ApiError.RECORD_ACCESS, "There is no case with that id that you may open");
    }
}
