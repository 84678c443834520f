package org.cinplan.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cinplan.deadlines.CaseDeadlines;
import org.cinplan.deadlines.DeadlineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A case's current deadlines over HTTP. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseDeadlinesResource {

    @Inject
    private DeadlineService deadlines;

    @GET
    @Path("{episodeId}/deadlines")
    @Operation(summary = "A case's deadlines",
            description = "Every deadline of the CIN episode as of today: rule, due date, window, status, the event"
                    + " and date it counts from, council, profile version and explanation.")
    @APIResponse(responseCode = "200", description = "The case's deadlines, open ones first")
    @APIResponse(responseCode = "400", description = "A malformed case id")
    @APIResponse(responseCode = "403", description = "No case with that id that the caller may open (audited)")
    public CaseDeadlines deadlines(@PathParam("episodeId") String episodeId) {
        long id;
        try {
            id = Long.parseLong(episodeId);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.WebApplicationException(ApiError.badRequest("A case id is a whole number"));
        }
        return deadlines.deadlinesOf(id);
    }
}
