/**
 * The schedule's reference data as stored: councils' policy profiles (every version, effective-dated) and the
 * working-day calendar (bank holidays and closures). {@link org.cinplan.schedule.store.ScheduleCatalog} keeps
 * the current copy the engine reads and seeds the shipped defaults into an empty database.
 * {@link org.cinplan.schedule.store.CaseHistoryRepository} reads the engine's other input, each case's recorded
 * history, for sweeps, case pages and reports.
 */
package org.cinplan.schedule.store;
