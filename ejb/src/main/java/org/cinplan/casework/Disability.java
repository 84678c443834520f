package org.cinplan.casework;

/** The DfE Children in Need census disability codes; NONE stands alone. */
public enum Disability {
    NONE("No disability"),
    MOB("Mobility"),
    HAND("Hand function"),
    PC("Personal care"),
    INC("Incontinence"),
    COMM("Communication"),
    LD("Learning"),
    HEAR("Hearing"),
    VIS("Vision"),
    BEH("Behaviour"),
    CON("Consciousness"),
    AUT("Autism or Asperger syndrome"),
    DDA("Other disability (Equality Act)");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
