/**
 * Deadlines: the schedule engine applied to stored cases. Reads a case's history through
 * {@link org.cinplan.schedule.store.CaseHistoryRepository}, asks the engine for every deadline, and hands the web module views that carry each deadline's rule, council, profile
 * version, start date and explanation.
 */
package org.cinplan.deadlines;
