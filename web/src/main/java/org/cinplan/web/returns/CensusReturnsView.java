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
import org.cinplan.platform.Role;
import org.cinplan.returns.AnnexAChoice;
import org.cinplan.returns.CensusReturns;
import org.cinplan.returns.CensusValidation;
import org.cinplan.returns.ReturnSummary;
import org.cinplan.web.DatabasePage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The statutory returns page. A data officer validates a council's Children in Need census for a year on demand
 * (in-year too), generates it or Ofsted's Annex A in the background (the history shows the progress, polling while
 * any return runs, and links to the file when it is kept: {@link ReturnDownloadServlet}). Administrators and auditors see
 * the history, not the data; administrators keep each council's DfE LA number.
 */
@Named
@ViewScoped
public class CensusReturnsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CensusReturns returns;

    @Inject
    private CouncilAdministration councilAdministration;

    private boolean producer;
    private boolean administrator;
    private List<CouncilView> councils;
    private List<String> years;
    private List<AnnexAChoice> annexAChoices;
    private String council;
    private String year;
    private CensusValidation validation;
    /** The last day of the Annex A period (six months to it); today at first. */
    private LocalDate annexTo = LocalDate.now(ZoneId.of("Europe/London"));
    private String annexFormat;
    private DatabasePage<ReturnSummary> history;
    private boolean running;

    private String laCouncil;
    private String laNumber;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        producer = external.isUserInRole(Role.DATA_OFFICER.name());
        administrator = external.isUserInRole(Role.ADMINISTRATOR.name());
        councils = councilAdministration.councils();
        council = councils.isEmpty() ? null : councils.get(0).code();
        laCouncil = council;
        if (producer) {
            years = returns.years();
            year = years.get(0);
            annexAChoices = returns.annexAChoices();
            annexFormat = annexAChoices.get(0).code();
        }
        history = new DatabasePage<>(returns::history, returns::historySize);
        running = returns.anyRunning();
    }

    /** Validates the chosen council's return for the chosen year and shows what it found. */
    public void validate() {
        validation = FacesMessages.orShowProblem(() -> returns.validate(council, year));
    }

    /** Asks for the chosen census; it is generated in the background and appears in the history at once. */
    public void generateCensus() {
        started(FacesMessages.orShowProblem(() -> returns.generateCensus(council, year)),
                "The " + year + " census of " + council + " is being generated: its progress is in the history below.");
    }

    /** Asks for the chosen council's Annex A for the six months to the chosen date, in the chosen format. */
    public void generateAnnexA() {
        if (annexTo == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, "Enter the date the period ends", null));
            return;
        }
        started(FacesMessages.orShowProblem(() -> returns.generateAnnexA(council, annexTo, annexFormat)),
                "Annex A of " + council + " is being generated: its progress is in the history below.");
    }

    private void started(Long id, String message) {
        if (id != null) {
            running = true;
            FacesMessages.info(message);
        }
    }

    /** The poll's tick: whether any return still runs (the poll stops when none does). */
    public void refresh() {
        running = returns.anyRunning();
    }

    /** Sets the chosen council's DfE LA number. */
    public void saveLaNumber() {
        CouncilView changed = FacesMessages.orShowProblem(() -> councilAdministration.changeLaNumber(laCouncil, laNumber));
        if (changed != null) {
            councils = councilAdministration.councils();
            FacesMessages.info(changed.name() + "'s DfE LA number is " + changed.laNumber() + ".");
        }
    }

    /** Produces returns and sees their data: a data officer. */
    public boolean isProducer() {
        return producer;
    }

    /** Keeps the councils' LA numbers: an administrator. */
    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isRunning() {
        return running;
    }

    public DatabasePage<ReturnSummary> getHistory() {
        return history;
    }

    public List<AnnexAChoice> getAnnexAChoices() {
        return annexAChoices;
    }

    public String getAnnexFormat() {
        return annexFormat;
    }

    public void setAnnexFormat(String annexFormat) {
        this.annexFormat = annexFormat;
    }

    public LocalDate getAnnexTo() {
        return annexTo;
    }

    public void setAnnexTo(LocalDate annexTo) {
        this.annexTo = annexTo;
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
