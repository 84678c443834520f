package org.cinplan.dashboard;

/** Of the deadlines that fell due in a period, how many were met on time. */
public record OnTimeShare(int onTime, int fellDue) {

    public OnTimeShare {
        if (onTime < 0 || fellDue < onTime) {
            throw new IllegalArgumentException("On time must be between 0 and the number that fell due");
        }
    }

    /** Whole per cent, rounded half up; null when nothing fell due (no share, rather than 0 % or 100 %). */
    public Integer percent() {
        return fellDue == 0 ? null : (int) Math.round(100.0 * onTime / fellDue);
    }

    OnTimeShare plus(int moreOnTime, int moreFellDue) {
        return new OnTimeShare(onTime + moreOnTime, fellDue + moreFellDue);
    }
}
