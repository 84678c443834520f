package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.PeopleAroundTheChild;
import org.cinplan.casework.PersonAroundTheChildForm;
import org.cinplan.casework.PersonAroundTheChildView;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** The people around the child on the child's record: who they are, and the form that adds one. What was typed stays on a refusal. */
@Named
@ViewScoped
public class PeopleAroundTheChildView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleAroundTheChild people;

    @Inject
    private ChildRecordView childView;

    private List<PersonAroundTheChildView> recorded;
    private String fullName;
    private String relationship;
    private boolean parentalResponsibility;
    private boolean livesWithChild = true;
    private String address;
    private String phone;
    private String email;
    private String communicationNeed;
    private String interpreterLanguage;

    /** Everyone recorded around the child, read once per view and again after an addition. */
    public List<PersonAroundTheChildView> getRecorded() {
        if (recorded == null && childView.getChildId() != null) {
            recorded = FacesMessages.orShowProblem(() -> people.of(childView.getChildId()));
        }
        return recorded == null ? List.of() : recorded;
    }

    public void add() {
        List<PersonAroundTheChildView> saved = FacesMessages.orShowProblem(() -> people.add(childView.getChildId(),
                new PersonAroundTheChildForm(fullName, relationship, parentalResponsibility, livesWithChild, address, phone,
                        email, communicationNeed, interpreterLanguage)));
        if (saved != null) {
            recorded = saved;
            FacesMessages.info(fullName.strip() + " is recorded.");
            fullName = null;
            relationship = null;
            parentalResponsibility = false;
            livesWithChild = true;
            address = null;
            phone = null;
            email = null;
            communicationNeed = null;
            interpreterLanguage = null;
        }
    }

    public String getFullName() { return fullName; }
    public void setFullName(String value) { fullName = value; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String value) { relationship = value; }
    public boolean isParentalResponsibility() { return parentalResponsibility; }
    public void setParentalResponsibility(boolean value) { parentalResponsibility = value; }
    public boolean isLivesWithChild() { return livesWithChild; }
    public void setLivesWithChild(boolean value) { livesWithChild = value; }
    public String getAddress() { return address; }
    public void setAddress(String value) { address = value; }
    public String getPhone() { return phone; }
    public void setPhone(String value) { phone = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { email = value; }
    public String getCommunicationNeed() { return communicationNeed; }
    public void setCommunicationNeed(String value) { communicationNeed = value; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public void setInterpreterLanguage(String value) { interpreterLanguage = value; }
}
