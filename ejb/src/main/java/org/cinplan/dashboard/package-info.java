/**
 * The managers' team dashboard: how often each rule's deadlines were met on time (over the last 3 and 12 months,
 * computed from the cases' histories), the overdue alerts, each worker's load, and every open case of the team,
 * paged in the database.
 */
package org.cinplan.dashboard;
