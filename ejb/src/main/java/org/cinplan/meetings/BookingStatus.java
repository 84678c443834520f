package org.cinplan.meetings;

/** Where a booked CIN meeting stands. */
public enum BookingStatus {
    BOOKED("Booked"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
