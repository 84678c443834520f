package org.cinplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.cinplan.profiles.BankHolidaysLoaded;
import org.cinplan.profiles.CalendarAdministration;
import org.cinplan.schedule.store.CalendarSummary;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.web.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The working-day calendar page: administrators see which bank holidays are loaded, load a newer GOV.UK
 * bank-holidays.json, and add or remove closures.
 */
@Named
@ViewScoped
public class CalendarAdministrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "upload:file";

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private CalendarAdministration administration;

    private CalendarSummary summary;

    private transient Part file;

    private LocalDate closureDate;
    private String closureReason;

    @PostConstruct
    void load() {
        summary = catalog.calendarSummary();
    }

    /** Loads the uploaded file in place of the bank holidays; a file that is refused changes nothing. */
    public void upload() {
        Part upload = file;
        file = null;
        Optional<String> problem = upload == null ? UploadCheck.problem(null, 0)
                : UploadCheck.problem(upload.getSubmittedFileName(), upload.getSize());
        if (problem.isPresent()) {
            fieldError(problem.get());
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) UploadCheck.MAX_BYTES + 1);
        } catch (IOException e) {
            fieldError("That file could not be read; try uploading it again.");
            return;
        }
        Optional<String> tooBig = UploadCheck.problem(upload.getSubmittedFileName(), content.length);
        if (tooBig.isPresent()) {
            fieldError(tooBig.get());
            return;
        }
        String name = UploadCheck.safeName(upload.getSubmittedFileName());
        BankHolidaysLoaded loaded = FacesMessages.orShowProblem(() -> administration.replaceBankHolidays(
                new ByteArrayInputStream(content), "Uploaded " + name + " (" + content.length + " bytes)"));
        if (loaded != null) {
            summary = loaded.calendar();
            info("Loaded " + summary.bankHolidays().size() + " bank holidays from " + name + ". " + loaded.projectedDates()
                    + " Every open case's deadlines were recomputed (sweep run " + loaded.recomputeRunId() + ").");
        }
    }

    public void addClosure() {
        LocalDate date = closureDate;
        String reason = closureReason;
        Boolean added = FacesMessages.orShowProblem(() -> {
            catalog.addClosure(date, reason);
            return Boolean.TRUE;
        });
        if (added != null) {
            info("Added a closure on " + Dates.uk(date) + ".");
            closureDate = null;
            closureReason = null;
            summary = catalog.calendarSummary();
        }
    }

    public void removeClosure(CalendarSummary.ClosureEntry closure) {
        Boolean removed = FacesMessages.orShowProblem(() -> {
            catalog.removeClosure(closure.id());
            return Boolean.TRUE;
        });
        if (removed != null) {
            info("Removed the closure on " + Dates.uk(closure.date()) + ".");
        }
        summary = catalog.calendarSummary();
    }

    private static void fieldError(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(FILE_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public CalendarSummary getSummary() {
        return summary;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public LocalDate getClosureDate() {
        return closureDate;
    }

    public void setClosureDate(LocalDate closureDate) {
        this.closureDate = closureDate;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    /** UK dates for messages. */
    static final class Dates {
        private static final java.time.format.DateTimeFormatter UK =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

        private Dates() {
        }

        static String uk(LocalDate date) {
            return date == null ? "" : UK.format(date);
        }
    }
}
