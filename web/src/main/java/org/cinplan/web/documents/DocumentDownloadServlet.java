package org.cinplan.web.documents;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.documents.Documents;
import org.cinplan.platform.BusinessRuleViolation;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Streams a case's PDF as a download: {@code documents/plan.pdf?episode=ID} (the plan in force, or {@code &version=N}),
 * {@code documents/family-plan.pdf?episode=ID} and {@code documents/minutes.pdf?meeting=ID}. The file is named by the
 * case or meeting id, never the child's name, and is never cached. A record the caller may not read is refused (403;
 * the refusal is audited by the service), a document that does not exist is 404, a malformed id 400.
 */
@WebServlet(urlPatterns = {DocumentDownloadServlet.PLAN, DocumentDownloadServlet.FAMILY_PLAN,
        DocumentDownloadServlet.MINUTES})
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PLAN = "/documents/plan.pdf";
    static final String FAMILY_PLAN = "/documents/family-plan.pdf";
    static final String MINUTES = "/documents/minutes.pdf";

    @Inject
    private transient Documents documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getServletPath()) {
                case PLAN -> {
                    long episode = id(request, "episode");
                    Integer version = request.getParameter("version") == null ? null : (int) id(request, "version");
                    send(response, Documents.planFileName(episode, version), () -> documents.planPdf(episode, version));
                }
                case FAMILY_PLAN -> {
                    long episode = id(request, "episode");
                    send(response, Documents.familyPlanFileName(episode), () -> documents.familyPlanPdf(episode));
                }
                default -> {
                    long meeting = id(request, "meeting");
                    send(response, Documents.minutesFileName(meeting), () -> documents.minutesPdf(meeting));
                }
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static void send(HttpServletResponse response, String fileName, Supplier<byte[]> pdf) throws IOException {
        byte[] content;
        try {
            content = pdf.get();
        } catch (RecordAccessDenied | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (BusinessRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0 && id <= Integer.MAX_VALUE) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the same answer as for a number out of range, below
        }
        throw new NumberFormatException("The link needs the " + name + " as a whole number");
    }
}
