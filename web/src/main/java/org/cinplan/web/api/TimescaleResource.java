package org.cinplan.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cinplan.deadlines.TimescaleService;
import org.cinplan.deadlines.TimescaleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The timescale calculator over HTTP. */
@Path("timescales")
@Produces(MediaType.APPLICATION_JSON)
public class TimescaleResource {

    @Inject
    private TimescaleService timescales;

    @GET
    @Operation(summary = "When is it due?",
            description = "The due date (and window start, where the council's policy sets a window) of a rule for a"
                    + " council from a start date, with the profile version used and a plain explanation.")
    @APIResponse(responseCode = "200", description = "The due date and its explanation")
    @APIResponse(responseCode = "400", description = "Unknown council or rule, a malformed date, or a rule the"
            + " council's policy sets no timescale for")
    public TimescaleView calculate(
            @Parameter(description = "READING, WOKINGHAM, WEST_BERKSHIRE or SUFFOLK", required = true)
            @QueryParam("council") String council,
            @Parameter(description = "A rule id of RULES.md, e.g. INITIAL_MEETING", required = true)
            @QueryParam("rule") String rule,
            @Parameter(description = "The date the timescale counts from, YYYY-MM-DD", required = true)
            @QueryParam("start") String start) {
        return timescales.calculate(ApiParameters.council(council), ApiParameters.rule(rule),
                ApiParameters.date(start, "start"));
    }
}
