package org.cinplan.casework;

import java.util.Arrays;
import java.util.Optional;

/** The DfE CIN census category of abuse of a child protection plan, each in plain words. */
public enum CategoryOfAbuse {
    NEG("Neglect"),
    PHY("Physical abuse"),
    SAB("Sexual abuse"),
    EMO("Emotional abuse"),
    MUL("Multiple categories");

    private final String label;

    CategoryOfAbuse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category of a census code, if it is one. */
    public static Optional<CategoryOfAbuse> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
