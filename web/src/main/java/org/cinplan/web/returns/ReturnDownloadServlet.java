package org.cinplan.web.returns;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.returns.CensusReturns;
import org.cinplan.returns.ReturnDownload;

import java.io.IOException;

/**
 * Sends a kept statutory return's file as it was generated: {@code returns/download?id=N}, a link of the history on
 * the returns page. Only data officers download returns (administrators and auditors are refused, 403); each download
 * is audited by the service with the file's SHA-256. A return that is not kept (yet) is 404, a malformed id 400.
 */
@WebServlet(urlPatterns = ReturnDownloadServlet.PATH)
public class ReturnDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/returns/download";

    @Inject
    private transient CensusReturns returns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The link needs the return's id as a whole number");
            return;
        }
        ReturnDownload file;
        try {
            file = returns.download(id);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only data officers download returns");
            return;
        } catch (BusinessRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setContentLengthLong(file.size());
        file.writeTo(response.getOutputStream());
    }
}
