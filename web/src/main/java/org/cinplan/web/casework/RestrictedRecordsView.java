package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.RecordRestrictions;
import org.cinplan.casework.RestrictedRecordView;
import org.cinplan.casework.RestrictionReason;
import org.cinplan.web.DatabasePage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Restricted records: restricting a child's record, keeping its access list, lifting the restriction (team managers
 * for their team, administrators for any). What was typed stays on the form after a refusal.
 */
@Named
@ViewScoped
public class RestrictedRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordRestrictions restrictions;

    private DatabasePage<RestrictedRecordView> records;

    private String childToRestrict;
    private RestrictionReason reason;
    private String childOfList;
    private String username;

    @PostConstruct
    void load() {
        records = new DatabasePage<>(restrictions::restrictedRecords, restrictions::restrictedRecordCount);
    }

    public void restrict() {
        if (done(() -> restrictions.restrict(childToRestrict, reason), "The record is restricted.")) {
            childToRestrict = null;
            reason = null;
        }
    }

    public void addName() {
        if (done(() -> restrictions.name(childOfList, username), username + " is on the access list.")) {
            username = null;
        }
    }

    public void removeName() {
        if (done(() -> restrictions.removeName(childOfList, username), username + " is off the access list.")) {
            username = null;
        }
    }

    public void lift() {
        done(() -> {
            restrictions.lift(childOfList);
            return Boolean.TRUE;
        }, "The restriction is lifted: the record is open to the child's team again.");
    }

    private boolean done(Supplier<?> call, String confirmation) {
        if (FacesMessages.orShowProblem(call) == null) {
            return false;
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, confirmation, null));
        load();
        return true;
    }

    public RestrictionReason[] getReasons() {
        return RestrictionReason.values();
    }

    public DatabasePage<RestrictedRecordView> getRecords() {
        return records;
    }

    public String getChildToRestrict() {
        return childToRestrict;
    }

    public void setChildToRestrict(String childToRestrict) {
        this.childToRestrict = childToRestrict;
    }

    public RestrictionReason getReason() {
        return reason;
    }

    public void setReason(RestrictionReason reason) {
        this.reason = reason;
    }

    public String getChildOfList() {
        return childOfList;
    }

    public void setChildOfList(String childOfList) {
        this.childOfList = childOfList;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
