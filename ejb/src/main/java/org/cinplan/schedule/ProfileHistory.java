package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All versions of one council's profile. A deadline uses the version in force on the date of the
 * event it counts from, so changing a value never rewrites deadlines of earlier events.
 */
public final class ProfileHistory {

    private final List<PolicyProfile> versions;

    public ProfileHistory(List<PolicyProfile> versions) {
        Guard.required(versions, "versions are required");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A profile history needs at least one version");
        }
        List<PolicyProfile> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PolicyProfile::effectiveFrom));
        CouncilCode council = sorted.get(0).council();
        for (int i = 0; i < sorted.size(); i++) {
            PolicyProfile p = sorted.get(i);
            if (p.council() != council) {
                throw new IllegalArgumentException("A profile history holds one council, but has " + council + " and " + p.council());
            }
            if (i > 0) {
                PolicyProfile before = sorted.get(i - 1);
                if (!p.effectiveFrom().isAfter(before.effectiveFrom())) {
                    throw new IllegalArgumentException("Two versions take effect on " + p.effectiveFrom());
                }
                if (p.version() <= before.version()) {
                    throw new IllegalArgumentException("Version " + p.version() + " takes effect after version " + before.version()
                            + ": versions must increase with their effective dates");
                }
            }
        }
        this.versions = List.copyOf(sorted);
    }

    public static ProfileHistory of(PolicyProfile... versions) {
        return new ProfileHistory(List.of(versions));
    }

    public CouncilCode council() {
        return versions.get(0).council();
    }

    public List<PolicyProfile> versions() {
        return versions;
    }

    public PolicyProfile latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The version in force on a date. An event before the first version's effective date uses the
     * first version: no earlier policy is recorded, and refusing would leave old cases with no
     * deadlines at all.
     */
    public PolicyProfile effectiveOn(LocalDate date) {
        Guard.required(date, "date is required");
        PolicyProfile inForce = versions.get(0);
        for (PolicyProfile p : versions) {
            if (!p.effectiveFrom().isAfter(date)) {
                inForce = p;
            }
        }
        return inForce;
    }

    /** A new history with one more version, which must take effect after the latest. */
    public ProfileHistory withVersion(PolicyProfile next) {
        List<PolicyProfile> all = new ArrayList<>(versions);
        all.add(next);
        return new ProfileHistory(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileHistory other && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return "ProfileHistory" + versions.stream().map(p -> p.council() + " v" + p.version() + " from " + p.effectiveFrom()).toList();
    }
}
