/**
 * Alerts and the timer sweeps that keep them: one alert per case and rule (due soon, overdue, escalated,
 * resolved), the scheduled sweep over every open case, its run log for auditors, and the database guard that
 * stops two sweeps running at once. Timers only trigger; the work is in {@link org.cinplan.alerts.SweepService}.
 */
package org.cinplan.alerts;
