package org.cinplan.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cinplan.alerts.RunLogFilter;
import org.cinplan.alerts.RunLogQueries;
import org.cinplan.alerts.SweepOutcome;
import org.cinplan.alerts.SweepTrigger;
import org.cinplan.platform.BusinessRuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The sweep run log as CSV, for auditors. */
@Path("sweeps.csv")
public class SweepCsvResource {

    @Inject
    private RunLogQueries runLog;

    @GET
    @Produces("text/csv")
    @Operation(summary = "The sweep run log as CSV", description = "Runs started between the dates (inclusive; both or neither, at most 366 days),"
            + " of a trigger and outcome; auditors and administrators only.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("trigger") String trigger, @QueryParam("outcome") String outcome) {
        LocalDate fromDate = from == null || from.isBlank() ? null : ApiParameters.date(from, "from");
        LocalDate toDate = to == null || to.isBlank() ? null : ApiParameters.date(to, "to");
        RunLogFilter filter;
        try {
            filter = new RunLogFilter(fromDate, toDate,
                    trigger == null || trigger.isBlank() ? null : ApiParameters.enumValue(SweepTrigger.class, trigger, "trigger"),
                    outcome == null || outcome.isBlank() ? null : ApiParameters.enumValue(SweepOutcome.class, outcome, "outcome"));
        } catch (BusinessRuleViolation e) {
            return ApiError.badRequest(e);
        }
        runLog.runs(filter, 0, 1); // checks the caller's role before the download starts
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            runLog.exportCsv(filter, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"cinplan-sweep-runs.csv\"").build();
    }
}
