/**
 * The schedule's reference data as stored: councils' policy profiles (every version, effective-dated) and the
 * working-day calendar (bank holidays and closures). {@link org.cinplan.schedule.store.ScheduleCatalog} keeps
 * the current copy the engine reads and seeds the shipped defaults into an empty database.
 */
package org.cinplan.schedule.store;
