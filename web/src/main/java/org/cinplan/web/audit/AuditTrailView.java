package org.cinplan.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditPage;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.audit.ChainVerification;
import org.cinplan.audit.ChildReference;
import org.cinplan.platform.ClockProducer;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.FieldProblems;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audit trail for auditors: search by person, child, action and dates; export; check the chain. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Inject
    private AuditTrail auditTrail;

    private String actor;
    /** The child as typed: a record id, an LA child id or a name. */
    private String child;
    /** The record id the typed child stands for, once found. */
    private Long childId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private AuditPage result;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        page = 0;
        if (findChild()) {
            show();
        }
    }

    /**
     * The child typed, as the record id the entries carry: a whole number is one already; an LA child id or a name is
     * looked up. False, with a message at the field, when it names no child or several.
     */
    private boolean findChild() {
        String typed = child == null ? "" : child.strip();
        if (typed.isEmpty() || typed.matches("\\d{1,18}")) {
            childId = typed.isEmpty() ? null : Long.valueOf(typed);
            return true;
        }
        List<ChildReference> found = auditTrail.childrenMatching(typed);
        if (found.size() == 1) {
            childId = found.get(0).id();
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        FieldProblems.showAt(faces, "audit:child", found.isEmpty()
                ? "No child has the LA child id or the name " + typed + ": check the spelling, or search by the child's LA child id"
                : found.size() + " children are called " + typed + ": search by the LA child id of the one you mean ("
                + found.stream().map(c -> c.laChildId() == null ? c.name() + " (record " + c.id() + ")"
                        : c.laChildId() + ", born " + c.dateOfBirth().format(UK_DATE))
                .collect(Collectors.joining("; ")) + ")");
        return false;
    }

    public void nextPage() {
        if (page + 1 < result.pageCount()) {
            page++;
        }
        show();
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
        show();
    }

    /** The page of entries; a period back to front, too long or with one end only keeps the last result and says why. */
    private void show() {
        AuditPage found = FacesMessages.orShowProblem(() -> auditTrail.search(criteria(), page, PAGE_SIZE));
        if (found != null) {
            result = found;
        }
    }

    public void checkChain() {
        ChainVerification check = auditTrail.verifyChain();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                check.intact() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                check.intact() || check.firstBrokenSequenceNo() == null ? check.explanation()
                        : "The chain is broken at entry " + check.firstBrokenSequenceNo() + ": " + check.explanation(),
                null));
        show();
    }

    private AuditSearch criteria() {
        return new AuditSearch(actor, childId, action,
                from == null ? null : from.atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant());
    }

    public String getCsvLink() {
        List<String> params = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            params.add("actor=" + URLEncoder.encode(actor.strip(), StandardCharsets.UTF_8));
        }
        if (childId != null) {
            params.add("child=" + childId);
        }
        if (action != null) {
            params.add("action=" + action.name());
        }
        if (from != null) {
            params.add("from=" + from);
        }
        if (to != null) {
            params.add("to=" + to);
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/audit.csv"
                + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public AuditPage getResult() {
        return result;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
