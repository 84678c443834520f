package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * How often the child is to be visited, as agreed on a case: at the initial meeting (BW plan bullets: "the nature and
 * frequency of contact by professionals"; SF 6.2), or raised for risk (SF 6.1, e.g. just after child protection). It
 * becomes the case's visit interval from the day it was agreed whenever it is shorter than the council's maximum
 * (RULES.md v2, change 10).
 */
public record VisitFrequency(LocalDate agreedOn, Timescale interval, Basis basis) {

    /** Why the case has its own frequency. */
    public enum Basis {
        INITIAL_MEETING("agreed at the initial meeting"),
        RISK("raised for risk");

        private final String words;

        Basis(String words) {
            this.words = words;
        }

        /** "agreed at the initial meeting". */
        public String words() {
            return words;
        }
    }

    public VisitFrequency {
        Guard.required(agreedOn, "the day the frequency was agreed is required");
        Guard.required(interval, "the interval is required");
        Guard.required(basis, "say whether it was agreed at the initial meeting or raised for risk");
    }

    /** "every 2 weeks, agreed at the initial meeting on 6 Jan 2027". */
    public String inWords() {
        return "every " + interval.readable() + ", " + basis.words() + " on " + Dates.full(agreedOn);
    }
}
