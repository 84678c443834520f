package org.cinplan.dashboard;

import java.util.List;

/** Whose cases a dashboard covers: the teams, and a heading that names them. */
public record DashboardScope(String description, List<Long> teamIds) {

    public DashboardScope {
        teamIds = List.copyOf(teamIds);
    }
}
