package org.cinplan.dashboard;

/** A member of staff in the team, with the open cases allocated to them and how many of their alerts are overdue. */
public record WorkerLoad(long staffId, String name, String team, long openCases, long overdueAlerts) {
}
