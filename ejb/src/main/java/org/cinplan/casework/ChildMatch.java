package org.cinplan.casework;

import org.cinplan.schedule.Dates;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child already known to the council who may be the one about to be entered again. Someone who may open the record
 * sees who it is; for another team's case only its team and that break-glass is on offer (no name, no date of birth);
 * for a restricted record not even that, only that a restricted record matches.
 *
 * @param childId     the child's record, for a link, when {@code mayOpen}; else null
 * @param episodeId   their latest case, for a link (or break-glass) when there is one the caller may ask for; else null
 * @param name        the child's name, when {@code mayOpen}
 * @param dateOfBirth when {@code mayOpen}
 * @param laChildId   when {@code mayOpen}
 * @param team        the team of the allocated worker, unless the record is restricted
 * @param mayOpen     whether the caller may open the record now
 * @param restricted  whether it is a restricted record the caller is not on the list of
 */
public record ChildMatch(Long childId, Long episodeId, String name, LocalDate dateOfBirth, String laChildId, String team,
                         boolean mayOpen, boolean restricted) implements Serializable {

    /** What the result says about this match, for people. */
    public String inWords() {
        if (mayOpen) {
            return name + ", born " + Dates.full(dateOfBirth) + " (" + laChildId + ")" + (team == null ? "" : ", " + team);
        }
        if (restricted) {
            return "A restricted record matches: ask your team manager before you enter this child again";
        }
        return "A child known to " + team + " matches: ask that team, or open the case with break-glass if you need it now";
    }
}
