package org.cinplan.web.planning;

import org.cinplan.planning.PlanContext;

import java.io.Serializable;

/** The editor's copy of a plan's {@link PlanContext}: what was typed, kept on a refusal. */
public class PlanContextFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String strengths;
    private String protectiveFactors;
    private String risks;
    private String greyAreas;
    private String targetSustainability;
    private String familyGroupConference;
    private String youngCarers;
    private String madeUnderstandable;
    private String courtAgreement;

    static PlanContextFields of(PlanContext context) {
        PlanContextFields fields = new PlanContextFields();
        fields.strengths = context.strengths();
        fields.protectiveFactors = context.protectiveFactors();
        fields.risks = context.risks();
        fields.greyAreas = context.greyAreas();
        fields.targetSustainability = context.targetSustainability();
        fields.familyGroupConference = context.familyGroupConference();
        fields.youngCarers = context.youngCarers();
        fields.madeUnderstandable = context.madeUnderstandable();
        fields.courtAgreement = context.courtAgreement();
        return fields;
    }

    PlanContext value() {
        return new PlanContext(strengths, protectiveFactors, risks, greyAreas, targetSustainability, familyGroupConference,
                youngCarers, madeUnderstandable, courtAgreement);
    }

    public String getStrengths() { return strengths; }
    public void setStrengths(String value) { strengths = value; }
    public String getProtectiveFactors() { return protectiveFactors; }
    public void setProtectiveFactors(String value) { protectiveFactors = value; }
    public String getRisks() { return risks; }
    public void setRisks(String value) { risks = value; }
    public String getGreyAreas() { return greyAreas; }
    public void setGreyAreas(String value) { greyAreas = value; }
    public String getTargetSustainability() { return targetSustainability; }
    public void setTargetSustainability(String value) { targetSustainability = value; }
    public String getFamilyGroupConference() { return familyGroupConference; }
    public void setFamilyGroupConference(String value) { familyGroupConference = value; }
    public String getYoungCarers() { return youngCarers; }
    public void setYoungCarers(String value) { youngCarers = value; }
    public String getMadeUnderstandable() { return madeUnderstandable; }
    public void setMadeUnderstandable(String value) { madeUnderstandable = value; }
    public String getCourtAgreement() { return courtAgreement; }
    public void setCourtAgreement(String value) { courtAgreement = value; }
}
