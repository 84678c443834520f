package org.cinplan.platform;

/** The roles of cinplan; each is also the name of a Jakarta Security group and an EJB role. */
public enum Role {
    SOCIAL_WORKER("Social worker"),
    CONSULTANT_SOCIAL_WORKER("Consultant social worker"),
    PRACTICE_MANAGER("Practice manager"),
    TEAM_MANAGER("Team manager"),
    SERVICE_MANAGER("Service manager"),
    FAMILY_SUPPORT_PRACTITIONER("Family support practitioner"),
    ADMINISTRATOR("Administrator"),
    AUDITOR("Auditor"),
    /** Produces the statutory returns (the DfE census, Ofsted's Annex A) and sees the child-level data in them. */
    DATA_OFFICER("Data officer");

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String SOCIAL_WORKER_ROLE = "SOCIAL_WORKER";
    public static final String CONSULTANT_SOCIAL_WORKER_ROLE = "CONSULTANT_SOCIAL_WORKER";
    public static final String PRACTICE_MANAGER_ROLE = "PRACTICE_MANAGER";
    public static final String TEAM_MANAGER_ROLE = "TEAM_MANAGER";
    public static final String SERVICE_MANAGER_ROLE = "SERVICE_MANAGER";
    public static final String FAMILY_SUPPORT_PRACTITIONER_ROLE = "FAMILY_SUPPORT_PRACTITIONER";
    public static final String ADMINISTRATOR_ROLE = "ADMINISTRATOR";
    public static final String AUDITOR_ROLE = "AUDITOR";
    public static final String DATA_OFFICER_ROLE = "DATA_OFFICER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
