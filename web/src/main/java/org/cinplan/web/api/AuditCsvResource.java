package org.cinplan.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.ClockProducer;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The audit trail as CSV, for auditors. */
@Path("audit.csv")
public class AuditCsvResource {

    @Inject
    private AuditTrail auditTrail;

    @GET
    @Produces("text/csv")
    @Operation(summary = "Audit entries as CSV", description = "Entries by person, child, action and dates"
            + " (inclusive; both or neither, at most 366 days); auditors only. The export itself is recorded in the trail.")
    public Response export(@QueryParam("actor") String actor, @QueryParam("child") String child,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        LocalDate fromDate = from == null || from.isBlank() ? null : ApiParameters.date(from, "from");
        LocalDate toDate = to == null || to.isBlank() ? null : ApiParameters.date(to, "to");
        Long childId;
        try {
            childId = child == null || child.isBlank() ? null : Long.valueOf(child.strip());
        } catch (NumberFormatException e) {
            return ApiError.badRequest("A child id is a whole number");
        }
        AuditSearch search;
        try {
            search = new AuditSearch(actor, childId,
                    action == null || action.isBlank() ? null : ApiParameters.enumValue(AuditAction.class, action, "action"),
                    fromDate == null ? null : fromDate.atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant(),
                    toDate == null ? null : toDate.plusDays(1).atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant());
        } catch (BusinessRuleViolation e) {
            return ApiError.badRequest(e);
        }
        auditTrail.search(search, 0, 1); // checks the caller's role before the download starts
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            auditTrail.exportCsv(search, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"cinplan-audit.csv\"").build();
    }
}
