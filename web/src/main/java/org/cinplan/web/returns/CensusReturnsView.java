package org.cinplan.web.returns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.admin.CouncilAdministration;
import org.cinplan.admin.CouncilView;
import org.cinplan.returns.CensusReturns;
import org.cinplan.returns.CensusValidation;
import org.cinplan.web.FacesMessages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The statutory returns page: an administrator keeps each council's DfE LA number, validates a council's Children in
 * Need census for a year on demand (in-year too) and downloads its XML.
 */
@Named
@ViewScoped
public class CensusReturnsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CensusReturns returns;

    @Inject
    private CouncilAdministration councilAdministration;

    private List<CouncilView> councils;
    private List<String> years;
    private String council;
    private String year;
    private CensusValidation validation;
    /** The last day of the Annex A period (six months to it); today at first. */
    private LocalDate annexTo = LocalDate.now(ZoneId.of("Europe/London"));

    private String laCouncil;
    private String laNumber;

    @PostConstruct
    void load() {
        councils = councilAdministration.councils();
        years = returns.years();
        year = years.get(0);
        council = councils.isEmpty() ? null : councils.get(0).code();
        laCouncil = council;
    }

    /** Validates the chosen council's return for the chosen year and shows what it found. */
    public void validate() {
        validation = FacesMessages.orShowProblem(() -> returns.validate(council, year));
    }

    /** Streams the chosen return's XML as a download; a council or year no return can be made of is shown why. */
    public void download() {
        String fileName = FacesMessages.orShowProblem(() -> returns.fileNameIfExportable(council, year));
        if (fileName == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("application/xml; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            returns.export(council, year, external.getResponseOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("The census file could not be sent", e);
        }
        faces.responseComplete();
    }

    /** Streams the XLSX workbook of every Annex A list (see {@link #downloadAnnexA(int)}). */
    public void downloadAnnexAWorkbook() {
        sendAnnexA(null);
    }

    /**
     * Streams one of Ofsted's Annex A lists of the chosen council for the six months to the chosen date as CSV; a
     * council or date no list can be made of is shown why.
     */
    public void downloadAnnexA(int list) {
        sendAnnexA(list);
    }

    private void sendAnnexA(Integer list) {
        if (annexTo == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, "Enter the date the period ends", null));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Map<Integer, Integer> rows = FacesMessages.orShowProblem(() -> returns.exportAnnexA(council, annexTo, list, file));
        if (rows == null) {
            return;
        }
        boolean workbook = list == null;
        external.setResponseContentType(workbook
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"annex-a-"
                + (workbook ? "lists" : "list-" + list) + "-" + council.toLowerCase(Locale.ROOT) + "-" + annexTo
                + (workbook ? ".xlsx" : ".csv") + "\"");
        try {
            file.writeTo(external.getResponseOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("The Annex A list could not be sent", e);
        }
        faces.responseComplete();
    }

    public LocalDate getAnnexTo() {
        return annexTo;
    }

    public void setAnnexTo(LocalDate annexTo) {
        this.annexTo = annexTo;
    }

    /** Sets the chosen council's DfE LA number. */
    public void saveLaNumber() {
        CouncilView changed = FacesMessages.orShowProblem(() -> councilAdministration.changeLaNumber(laCouncil, laNumber));
        if (changed != null) {
            councils = councilAdministration.councils();
            FacesMessages.info(changed.name() + "'s DfE LA number is " + changed.laNumber() + ".");
        }
    }

    public List<CouncilView> getCouncils() {
        return councils;
    }

    public List<String> getYears() {
        return years;
    }

    public String getCouncil() {
        return council;
    }

    public void setCouncil(String council) {
        this.council = council;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public CensusValidation getValidation() {
        return validation;
    }

    public String getLaCouncil() {
        return laCouncil;
    }

    public void setLaCouncil(String laCouncil) {
        this.laCouncil = laCouncil;
    }

    public String getLaNumber() {
        return laNumber;
    }

    public void setLaNumber(String laNumber) {
        this.laNumber = laNumber;
    }
}
