/**
 * Alerts and the timer sweeps that keep them: one alert per case and rule (due soon, overdue, escalated,
 * resolved), the scheduled sweep over every open case, its run log for auditors, and the database guard that
 * stops two sweeps running at once. Timers only trigger; the work is in {@link org.cinplan.alerts.SweepService}.
 * A case recorded elsewhere is recomputed when its {@link org.cinplan.casework.CaseChanged} event has committed
 * ({@link org.cinplan.alerts.CaseChangeRecompute}); each alert raised or escalated is announced as
 * {@link org.cinplan.alerts.AlertRaised}. No other area calls in here to recompute a case.
 */
package org.cinplan.alerts;
